package app.vinculo.scaleout;

import app.vinculo.system.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web-session availability on the deployment group: the browser talks to a sticky load balancer in front of the
 * two instances; the user's instance stops, and the next click (an Ajax POST with the view state the stopped
 * instance rendered) is served by the other instance, in the same session, without signing in again.
 */
@DisplayName("Session failover on a deployment group of two instances")
class SessionFailoverGT {

    private StickyProxy proxy;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        Instances.ensureRunning();
        proxy = new StickyProxy(Group.PROXY_PORT, Group.origins());
        browser = Browser.start("es");
    }

    @AfterEach
    void stop() {
        try {
            browser.quit();
        } finally {
            proxy.close();
        }
    }

    @Test
    @DisplayName("a consultant whose instance stops goes on searching on the other one, still signed in, never an HTTP 500")
    void continuesOnTheOtherInstance() throws Exception {
        browser.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
        assertEquals(0, proxy.current(), "signed in on instance 1");
        browser.screenshot("failover-1-before");

        long stopping = System.nanoTime();
        Group.stopInstance(1, false);
        long stopped = System.nanoTime();

        // the page rendered by instance 1 goes on: the top-bar search posts its view state to instance 2
        browser.type("topbar:search_input", "fabrica");
        WebElement hit = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='topbar:search_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'Fábrica Sur')]")));
        long answered = System.nanoTime();
        assertEquals(1, proxy.current(), "instance 2 serves the session now");
        hit.click();
        browser.await().until(ExpectedConditions.urlContains("clients/view.xhtml"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("glance")));
        String url = browser.driver().getCurrentUrl();
        assertFalse(url.contains("login.xhtml"), "not asked to sign in again: " + url);
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Fábrica Sur"));
        assertTrue(browser.menuText().contains("Clientes"), "still the consultant's menu");
        assertFalse(browser.driver().getPageSource().contains("error-title"), "no error page");
        browser.screenshot("failover-2-after");
        System.out.printf("[scale-out] stop-instance took %d ms; first answer from instance 2 %d ms after the stop%n",
                (stopped - stopping) / 1_000_000, (answered - stopped) / 1_000_000);
    }
}
