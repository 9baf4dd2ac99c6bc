package app.vinculo.admin.web;

import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.web.LocaleBacking;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** {@code profile.xhtml}: every user changes their own password (proving the current one) and language. */
@Named
@ViewScoped
public class ProfileEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    LocaleBacking localeBacking;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String language;

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
