package app.vinculo.releases.web;

import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.entity.TestResult;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the result dialog of a test case holds (campaign page and "Mis casos de prueba"): the case as it was shown (its
 * version guards against a concurrent change), the result chosen and the notes. Notes are required for FAILED and
 * BLOCKED; the boundary says so, and the dialog stays open with what was typed.
 */
public class ResultEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final TestResult[] CHOICES = {TestResult.PASSED, TestResult.FAILED, TestResult.BLOCKED};

    private CaseRow row;
    private TestResult result;
    private String notes;

    /** The dialog for {@code row}: {@code preset} chosen (else the case's result, else PASSED), its notes kept. */
    public static ResultEntry of(CaseRow row, TestResult preset) {
        ResultEntry e = new ResultEntry();
        e.row = row;
        e.result = preset != null ? preset : row.result() == null || row.result() == TestResult.NOT_RUN ? TestResult.PASSED
                : row.result();
        e.notes = row.notes();
        return e;
    }

    public boolean isNotesRequired() {
        return result == TestResult.FAILED || result == TestResult.BLOCKED;
    }

    public TestResult[] getChoices() {
        return CHOICES.clone();
    }

    public CaseRow getRow() { return row; }
    public TestResult getResult() { return result; }
    public void setResult(TestResult v) { result = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
