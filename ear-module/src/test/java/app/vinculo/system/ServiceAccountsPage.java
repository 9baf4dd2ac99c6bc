package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page object of Administración → Cuentas de servicio, for an admin's browser. */
final class ServiceAccountsPage {

    private final Browser admin;

    ServiceAccountsPage(Browser admin) {
        this.admin = admin;
    }

    static ServiceAccountsPage open(Browser admin) {
        admin.open("admin/service-accounts.xhtml");
        admin.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:table")));
        return new ServiceAccountsPage(admin);
    }

    /** Creates an account and returns the token the page shows once. */
    String create(String name, boolean read, boolean write, int perMinute) {
        admin.type("accounts:name", name);
        setCheckbox("accounts:read", read);
        setCheckbox("accounts:write", write);
        WebElement rate = admin.driver().findElement(By.id("accounts:rate_input"));
        rate.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(perMinute));
        admin.await().until(d -> String.valueOf(perMinute).equals(rate.getAttribute("value")));
        admin.driver().findElement(By.id("accounts:create")).click();
        WebElement token = admin.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:token")));
        admin.await().until(d -> !token.getAttribute("value").isBlank());
        return token.getAttribute("value");
    }

    boolean showsToken() {
        return !admin.driver().findElements(By.id("accounts:token")).isEmpty();
    }

    String row(String name) {
        return rowElement(name).getText();
    }

    /** The "requests (24 h) · last" cell. */
    String calls(String name) {
        return rowElement(name).findElements(By.tagName("td")).get(5).getText().strip();
    }

    void revoke(String name) {
        rowElement(name).findElement(By.cssSelector("[id$=':revoke']")).click();
        admin.await().until(ExpectedConditions.elementToBeClickable(By.id("accounts:confirm-yes"))).click();
        admin.awaitMessage("Se revocó la cuenta de servicio " + name);
        admin.await().until(d -> row(name).contains("Revocada"));
    }

    private WebElement rowElement(String name) {
        return admin.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='accounts:table_data']/tr[.//span[contains(@class,'account-name') and normalize-space()='"
                        + name + "']]")));
    }

    private void setCheckbox(String id, boolean checked) {
        WebElement box = admin.driver().findElement(By.id(id));
        WebElement input = box.findElement(By.cssSelector("input[type=checkbox]"));
        if (input.isSelected() != checked) {
            box.findElement(By.cssSelector(".ui-chkbox-box")).click();
            admin.await().until(d -> input.isSelected() == checked);
        }
    }

    /** A name no other run used. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
