package app.vinculo.admin.web;

import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.web.LocaleBacking;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.reminders.boundary.PreferenceView;
import app.vinculo.reminders.boundary.ReminderService;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code profile.xhtml}: every user changes their own password (proving the current one), language, and how they get
 * reminder e-mails (immediately or in a daily digest at a chosen hour, and which kinds; mandatory kinds stay on).
 */
@Named
@ViewScoped
public class ProfileEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    LocaleBacking localeBacking;

    @Inject
    ReminderService reminders;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String language;
    private PreferenceView preferences;
    private Delivery delivery;
    private int digestHour;
    private List<String> received;

    public String getLanguage() {
        return language == null ? localeBacking.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void changePassword() {
        if (!Objects.equals(newPassword, repeatPassword)) {
            PageMessages.error("profile.passwordsDiffer");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        users.changeOwnPassword(currentPassword, newPassword);
        app.vinculo.platform.hardening.SessionRegistry.endSessionsOf(
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(),
                FacesContext.getCurrentInstance().getExternalContext().getSessionId(false));
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        PageMessages.info("profile.passwordChanged");
    }

    public String changeLanguage() {
        String chosen = getLanguage();
        users.changeOwnLanguage(chosen);
        localeBacking.storedLanguageChanged(chosen);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(localeBacking.getLocale());
        PageMessages.flashInfo("profile.languageChanged");
        return "profile?faces-redirect=true";
    }

    /** Saves the reminder choices: the kinds not ticked are opted out (mandatory ones cannot be). */
    public void saveReminders() {
        PreferenceView view = preferences();
        Set<ReminderKind> optedOut = EnumSet.noneOf(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            if (!view.mandatory().contains(kind) && (received == null || !received.contains(kind.name()))) {
                optedOut.add(kind);
            }
        }
        reminders.updateMyPreferences(delivery, digestHour, optedOut);
        preferences = null;
        preferences();
        PageMessages.info("profile.reminders.saved");
    }

    /** Every reminder kind a portal user can get, with whether the user may turn it off. */
    public List<KindChoice> getKindChoices() {
        Set<ReminderKind> mandatory = preferences().mandatory();
        List<KindChoice> choices = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            if (kind.forClientContactsOnly()) {
                continue;
            }
            boolean required = mandatory.contains(kind);
            String label = PageMessages.text("reminder.kind." + kind.name());
            choices.add(new KindChoice(kind.name(), required
                    ? label + " (" + PageMessages.text("profile.reminders.mandatory") + ")" : label, required));
        }
        return choices;
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    /** The digest hour, shown as "18:00". */
    public String hourLabel(int hour) {
        return String.format("%02d:00", hour);
    }

    public boolean isDigest() {
        return getDelivery() == Delivery.DIGEST;
    }

    public Delivery getDelivery() {
        preferences();
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public int getDigestHour() {
        preferences();
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public List<String> getReceived() {
        preferences();
        return received;
    }

    public void setReceived(List<String> received) {
        this.received = received;
    }

    /** The stored choices, read once per view (and again after saving). */
    private PreferenceView preferences() {
        if (preferences == null) {
            preferences = reminders.myPreferences();
            delivery = preferences.delivery();
            digestHour = preferences.digestHour();
            received = new ArrayList<>();
            for (ReminderKind kind : ReminderKind.values()) {
                if (preferences.mandatory().contains(kind) || !preferences.optedOut().contains(kind)) {
                    received.add(kind.name());
                }
            }
        }
        return preferences;
    }

    /** One reminder kind on the profile page. */
    public record KindChoice(String kind, String label, boolean mandatory) implements Serializable {
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
