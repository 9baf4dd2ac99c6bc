package app.vinculo.clients.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.ContactCourseRow;
import app.vinculo.training.boundary.RegistrationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The contacts tab of the client page: contacts with their decision power and key-user modules, the contact
 * dialog, and a contact's course history.
 */
@Named
@ViewScoped
public class ClientContactsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientViewBacking view;

    @Inject
    ContactService contactService;

    @Inject
    ClientModuleService moduleService;

    @Inject
    RegistrationService registrationService;

    private List<CatalogueModule> catalogue;

    private List<ContactRow> contacts;

    // contact dialog
    private Long contactId;

    private ContactForm contactForm = new ContactForm();

    private List<String> contactModules = new ArrayList<>();

    // a contact's courses
    private String coursesContact;

    private List<ContactCourseRow> contactCourses = List.of();

    public void newContact() {
        contactId = null;
        contactForm = new ContactForm();
        contactModules = new ArrayList<>();
    }

    public void editContact(ContactRow row) {
        contactId = row.id();
        contactForm = row.toForm();
        contactModules = new ArrayList<>(row.keyUserOf());
    }

    public void saveContact() {
        contactForm.setKeyUserOf(new LinkedHashSet<>(contactModules == null ? List.of() : contactModules));
        ContactRow saved = contactId == null ? contactService.addContact(view.getId(), contactForm)
                : contactService.updateContact(contactId, contactForm);
        contacts = contactService.contacts(view.getId());
        PageMessages.info(contactId == null ? "contact.created" : "contact.saved", saved.name());
        contactId = saved.id();
    }

    /** The contact's history of courses (invited, registered, attended), newest first. */
    public void showCourses(ContactRow row) {
        coursesContact = row.name();
        contactCourses = registrationService.coursesOfContact(row.id());
    }

    public String moduleName(String code) {
        return catalogue().stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name).findFirst().orElse(code);
    }

    public List<String> keyUserNames(ContactRow row) {
        return row.keyUserOf().stream().map(this::moduleName).sorted().toList();
    }

    public List<CatalogueModule> getActiveModules() {
        return catalogue().stream().filter(CatalogueModule::active).toList();
    }

    public List<ContactRow> getContacts() {
        if (contacts == null) {
            contacts = contactService.contacts(view.getId());
        }
        return contacts;
    }

    public Long getContactId() { return contactId; }

    public ContactForm getContactForm() { return contactForm; }

    public List<String> getContactModules() { return contactModules; }

    public void setContactModules(List<String> v) { contactModules = v; }

    public String getCoursesContact() { return coursesContact; }

    public List<ContactCourseRow> getContactCourses() { return contactCourses; }

    private List<CatalogueModule> catalogue() {
        if (catalogue == null) {
            catalogue = moduleService.catalogue();
        }
        return catalogue;
    }
}
