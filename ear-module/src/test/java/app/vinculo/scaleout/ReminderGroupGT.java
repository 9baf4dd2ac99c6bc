package app.vinculo.scaleout;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R7.1 on a deployment group of two instances sharing PostgreSQL: both run the reminder timer (every 5 s), the
 * outbox's unique occurrence key and the claim let each reminder go out once, and the timer goes on when one
 * instance dies.
 */
@DisplayName("Reminders on a deployment group of two instances (R7.1)")
class ReminderGroupGT {

    static GreenMail smtp;

    @BeforeAll
    static void smtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void bothInstancesRun() throws Exception {
        Instances.ensureRunning();
    }

    @Test
    @DisplayName("with both instances running their timers, every reminder of the demo data arrives exactly once, then the timer goes on after instance 1 is killed")
    void everyReminderOnceAndTimerSurvivesAnInstance() throws Exception {
        // both instances' timers ran, and everything due was sent (mails refused before the SMTP server started
        // were retried); nothing is waiting for a first attempt
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(3)).until(() ->
                Group.number("select count(distinct SERVER_NAME) from REMINDER_RUN where TRIGGERED_BY = 'TIMER'") >= 2
                        && Group.number("select count(*) from OUTBOX_MESSAGE where STATE = 'SENT'") > 0
                        && Group.number("select count(*) from OUTBOX_MESSAGE where STATE = 'PENDING' and DELIVERY = 'IMMEDIATE'") == 0);
        long sentRows = Group.number("select count(*) from OUTBOX_MESSAGE where STATE = 'SENT' and DELIVERY = 'IMMEDIATE'");
        long digests = Group.number("select count(*) from (select distinct RECIPIENT_EMAIL, SENT_AT from OUTBOX_MESSAGE "
                + "where STATE = 'SENT' and DELIVERY = 'DIGEST') d");
        // the claim is cleared once a row is sent, so the instances are counted by their timer runs
        long timers = Group.number("select count(distinct SERVER_NAME) from REMINDER_RUN where TRIGGERED_BY = 'TIMER'");

        MimeMessage[] mails = smtp.getReceivedMessages();
        // a reminder sent twice would be one mail more than rows
        assertEquals(sentRows + digests, mails.length, "one mail per sent immediate row and per digest");
        assertTrue(sentRows > 0);
        System.out.printf("[scale-out] %d mails (%d immediate rows, %d digests), timers ran on %d instances%n",
                mails.length, sentRows, digests, timers);

        // instance 1 dies: the timer keeps running on instance 2
        long lastRun = Group.number("select coalesce(max(ID), 0) from REMINDER_RUN");
        long killedAt = System.nanoTime();
        Group.stopInstance(1, true);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                Group.number("select count(*) from REMINDER_RUN where TRIGGERED_BY = 'TIMER' and ID > " + lastRun) >= 3);
        System.out.printf("[scale-out] 3 timer runs after instance 1 was killed, within %d ms%n",
                (System.nanoTime() - killedAt) / 1_000_000);
        long after = Group.number("select count(distinct SERVER_NAME) from (select SERVER_NAME from REMINDER_RUN "
                + "where TRIGGERED_BY = 'TIMER' order by ID desc limit 2) r");
        assertEquals(1, after, "the last runs come from the surviving instance alone");
        assertEquals(mails.length, smtp.getReceivedMessages().length, "nothing was sent again");
    }
}
