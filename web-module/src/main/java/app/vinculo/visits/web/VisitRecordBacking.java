package app.vinculo.visits.web;

import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicOutcome;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The IT APE record of a visit, on the visit page: actual attendees, each topic's outcome and interest, questions
 * answered, requirements detected, module interest, courses suggested, next steps (each a follow-up with a due date)
 * and the assessment. Before the lock the visit's consultants edit it; after it only the Implementation Head corrects
 * it, audited (R2.3).
 */
@Named
@ViewScoped
public class VisitRecordBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitViewBacking view;

    @Inject
    VisitService visits;

    @Inject
    DisplayFormat format;

    // record form
    private boolean recording;

    private VisitRecordForm record;

    private List<Long> attendees = new ArrayList<>();

    private List<String> moduleInterest = new ArrayList<>();

    private List<RequirementRow> requirements = new ArrayList<>();

    private List<NextStepRow> steps = new ArrayList<>();

    public void startRecord() {
        record = new VisitRecordForm();
        record.setVersion(view.getVisit().version());
        List<TopicForm> topics = new ArrayList<>();
        for (TopicForm t : view.getVisit().topics()) {
            TopicForm r = new TopicForm();
            r.setTitle(t.getTitle());
            r.setKind(t.getKind());
            r.setModuleCode(t.getModuleCode());
            r.setSpare(t.isSpare());
            r.setOutcome(t.getOutcome() != null ? t.getOutcome() : t.isSpare() ? null : TopicOutcome.COVERED);
            r.setInterest(t.getInterest());
            topics.add(r);
        }
        record.setTopics(topics);
        requirements = new ArrayList<>();
        steps = new ArrayList<>();
        moduleInterest = new ArrayList<>();
        if (view.isHeld()) {
            attendees = new ArrayList<>(view.getVisit().attendeeContactIds());
            record.setOtherAttendees(view.getVisit().otherAttendees());
            record.setQuestionsAnswered(view.getVisit().questionsAnswered());
            record.setCoursesSuggested(view.getVisit().coursesSuggested());
            record.setAssessment(view.getVisit().assessment());
            view.getVisit().requirements().forEach(r -> requirements.add(new RequirementRow(r.title(), r.description(), r.moduleCode())));
        } else {
            attendees = new ArrayList<>(view.getVisit().invitedContactIds());
        }
        recording = true;
    }

    public void cancelRecord() {
        recording = false;
    }

    public void addRequirement() {
        requirements.add(new RequirementRow(null, null, null));
    }

    public void removeRequirement(int index) {
        if (index >= 0 && index < requirements.size()) {
            requirements.remove(index);
        }
    }

    public void addStep() {
        NextStepRow row = new NextStepRow();
        row.setOwner(view.me());
        row.setDue(LocalDate.now(format.getZone()).plusDays(7));
        steps.add(row);
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public String saveRecord() {
        boolean first = !view.isHeld();
        record.setAttendeeContactIds(new LinkedHashSet<>(attendees == null ? List.of() : attendees));
        record.setRequirements(requirements.stream().filter(r -> !r.isBlank())
                .map(r -> new VisitRecordForm.RequirementItem(trim(r.getTitle()), trim(r.getDescription()), r.getModuleCode()))
                .collect(Collectors.toCollection(ArrayList::new)));
        record.setModuleInterest(new LinkedHashSet<>(moduleInterest == null ? List.of() : moduleInterest));
        List<NextStep> next = new ArrayList<>();
        for (NextStepRow s : steps) {
            if (s.isBlank()) {
                continue;
            }
            if (s.getAction() == null || s.getAction().isBlank() || s.getOwner() == null || s.getDue() == null) {
                PageMessages.error("visit.nextStepIncomplete");
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            next.add(new NextStep(s.getAction().trim(), s.getOwner(), s.getDue()));
        }
        record.setNextSteps(next);
        VisitDetail saved = visits.record(view.getId(), record);
        PageMessages.flashInfo(first ? "visit.recorded" : saved.correctedAt() != null && view.getVisit().locked()
                ? "visit.corrected" : "visit.recordSaved", saved.clientName());
        return "/visits/view?faces-redirect=true&id=" + view.getId();
    }

    /** Contacts offered as attendees: the active ones and any already chosen. */
    public List<ContactRow> getAttendeeChoices() {
        return view.getContacts().stream().filter(c -> c.active() || view.getVisit().attendeeContactIds().contains(c.id())
                || view.getVisit().invitedContactIds().contains(c.id())).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isRecording() { return recording; }

    public VisitRecordForm getRecord() { return record; }

    public List<Long> getAttendees() { return attendees; }

    /** The attendees, as the record form's table selects them. */
    public List<ContactRow> getRecordAttendees() {
        return getAttendeeChoices().stream().filter(c -> attendees.contains(c.id())).toList();
    }

    public void setRecordAttendees(List<ContactRow> v) {
        attendees = v == null ? new ArrayList<>() : new ArrayList<>(v.stream().map(ContactRow::id).toList());
    }

    public void setAttendees(List<Long> v) { attendees = v; }

    public List<String> getModuleInterest() { return moduleInterest; }

    public void setModuleInterest(List<String> v) { moduleInterest = v; }

    public List<RequirementRow> getRequirements() { return requirements; }

    public List<NextStepRow> getSteps() { return steps; }

    public TopicOutcome[] getOutcomes() { return TopicOutcome.values(); }

    public InterestLevel[] getInterestLevels() { return InterestLevel.values(); }

    /** A requirement row being typed. */
    public static class RequirementRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private String moduleCode;

        public RequirementRow(String title, String description, String moduleCode) {
            this.title = title;
            this.description = description;
            this.moduleCode = moduleCode;
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank()) && moduleCode == null;
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getModuleCode() { return moduleCode; }
        public void setModuleCode(String v) { moduleCode = v; }
    }

    /** A next step row being typed. */
    public static class NextStepRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String action;
        private String owner;
        private LocalDate due;

        boolean isBlank() {
            return action == null || action.isBlank();
        }

        public String getAction() { return action; }
        public void setAction(String v) { action = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate v) { due = v; }
    }
}
