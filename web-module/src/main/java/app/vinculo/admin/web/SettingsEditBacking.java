package app.vinculo.admin.web;

import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingView;
import app.vinculo.platform.settings.SettingsService;
import app.vinculo.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code admin/settings.xhtml}: every business setting with its default; saved all together (ADMIN), read (AUDITOR). */
@Named
@ViewScoped
public class SettingsEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SettingsService settings;

    @Inject
    SecurityContext security;

    private List<SettingView> views;
    private final Map<Setting, String> values = new EnumMap<>(Setting.class);

    @PostConstruct
    void init() {
        views = settings.list();
        values.clear();
        views.forEach(v -> values.put(v.setting(), v.value()));
    }

    public String save() {
        settings.update(new EnumMap<>(values));
        PageMessages.flashInfo("settings.saved");
        return "settings?faces-redirect=true";
    }

    public boolean isReadOnly() {
        return !security.isCallerInRole(Role.Names.ADMIN);
    }

    public List<SettingView> getViews() {
        return views;
    }

    public Map<Setting, String> getValues() {
        return values;
    }
}
