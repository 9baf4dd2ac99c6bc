package app.vinculo.training.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.boundary.SessionRow;
import app.vinculo.training.entity.AttendanceMark;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attendance of an edition: the sheet of one session (everyone present in one click, one save) while it is
 * OPEN or HELD, and once CLOSED the Implementation Head's corrections with a reason (R5.2, audited).
 */
@Named
@ViewScoped
public class EditionAttendanceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditionViewBacking view;

    @Inject
    RegistrationService registrationService;

    @Inject
    DisplayFormat format;

    // attendance sheet of one session: registration id → ATTENDED / ABSENT
    private Integer sessionNo;

    private Map<Long, String> sheet = new HashMap<>();

    // correction of a closed register
    private Long correctingId;

    private String correctingName;

    private Integer correctingSession;

    private String correctingMark;

    private String correctionReason;

    /** The last session that has begun (today's in the classroom), else the first. */
    private int defaultSession() {
        LocalDate today = LocalDate.now(format.getZone());
        int chosen = 1;
        for (SessionRow s : view.getEdition().sessions()) {
            if (!s.day().isAfter(today)) {
                chosen = s.number();
            }
        }
        return chosen;
    }

    private void loadSheet() {
        sheet = new HashMap<>();
        if (sessionNo == null) {
            return; // no session chosen yet (e.g. a closed edition's register): the sheet loads when it is shown
        }
        for (RegistrationRow r : view.getRegistered()) {
            AttendanceMark m = r.marks().get(sessionNo);
            sheet.put(r.id(), m == null ? null : m.name());
        }
    }

    public void sessionChanged() {
        loadSheet();
    }

    public void allPresent() {
        view.getRegistered().forEach(r -> sheet.put(r.id(), AttendanceMark.ATTENDED.name()));
    }

    public void saveAttendance() {
        Map<Long, AttendanceMark> marks = new LinkedHashMap<>();
        sheet.forEach((registration, mark) -> {
            if (mark != null && !mark.isBlank()) {
                marks.put(registration, AttendanceMark.valueOf(mark));
            }
        });
        if (marks.isEmpty()) {
            PageMessages.error("attendance.nothingMarked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        registrationService.mark(view.getId(), sessionNo, marks);
        view.refresh();
        loadSheet();
        long missing = view.getRegistered().stream().filter(r -> !r.marks().containsKey(sessionNo)).count();
        PageMessages.info(missing == 0 ? "attendance.saved" : "attendance.savedMissing", sessionNo, marks.size(), missing);
    }

    public void openCorrection(RegistrationRow r, int session) {
        correctingId = r.id();
        correctingName = r.contactName();
        correctingSession = session;
        AttendanceMark now = r.marks().get(session);
        correctingMark = now == AttendanceMark.ATTENDED ? AttendanceMark.ABSENT.name() : AttendanceMark.ATTENDED.name();
        correctionReason = null;
    }

    public void correct() {
        if (PageMessages.nothingChosen(correctingId)) {
            return;
        }
        RegistrationRow done = registrationService.correct(correctingId, correctingSession, AttendanceMark.valueOf(correctingMark),
                correctionReason);
        view.refresh();
        loadSheet();
        PageMessages.info("attendance.corrected", done.contactName(), correctingSession);
        correctionReason = null;
    }

    public SessionRow getCurrentSession() {
        return view.getEdition() == null || getSessionNo() == null ? null : view.getEdition().sessions().stream()
                .filter(s -> s.number() == sessionNo).findFirst().orElse(null);
    }

    public AttendanceMark[] getMarks() { return AttendanceMark.values(); }

    public Integer getSessionNo() {
        if (sessionNo == null || view.getEdition() != null && sessionNo > view.getEdition().sessions().size()) {
            sessionNo = view.getEdition() == null ? null : defaultSession();
            loadSheet();
        }
        return sessionNo;
    }

    public void setSessionNo(Integer v) { sessionNo = v; }

    public Map<Long, String> getSheet() {
        getSessionNo();
        return sheet;
    }

    public String getCorrectingName() { return correctingName; }

    public Integer getCorrectingSession() { return correctingSession; }

    public String getCorrectingMark() { return correctingMark; }

    public void setCorrectingMark(String v) { correctingMark = v; }

    public String getCorrectionReason() { return correctionReason; }

    public void setCorrectionReason(String v) { correctionReason = v; }

}
