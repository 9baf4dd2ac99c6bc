package app.vinculo.system;

import app.vinculo.system.HtmlForms.Form;
import app.vinculo.system.PortalCrawler.Page;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Posts one form of one page the way a hand-made request would: a fresh GET of the page (a new view and its
 * ViewState), every field filled for a {@link FuzzValues} variant, then a full (non-Ajax) submit with one of its
 * buttons — a full post processes the whole form, so any invalid field stops the action. Records what each post
 * got back in the {@link FuzzReport}; the checks of the answer are {@link FuzzChecks}'.
 */
final class FormFuzzer {

    static final String NONCE_PARAM = "primefaces.nonce";
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String user;
    private final FuzzReport report;
    private final AuditWatch watch;
    private final String otherId;
    private PortalHttp http;
    private String trail;

    /** {@code watch} null: pass B, where writes are expected. */
    FormFuzzer(String user, PortalHttp http, FuzzReport report, AuditWatch watch, String otherId) {
        this.user = user;
        this.http = http;
        this.report = report;
        this.watch = watch;
        this.otherId = otherId;
    }

    /**
     * Every variant that applies to the form, with each of its buttons (or none when it has none). In pass A the
     * audit trail is read before and after the form's posts: any change is a write one of them made.
     */
    void fuzz(Page page, Form form, List<FuzzValues> variants) {
        report.form(user, page.view(), form.id());
        List<String> submitters = form.submitters().isEmpty() ? Arrays.asList((String) null) : form.submitters();
        if (watch != null && trail == null) {
            trail = watch.snapshot();
        }
        List<String> posted = new ArrayList<>();
        for (FuzzValues variant : variants) {
            if (variant.appliesTo(form)) {
                for (String submitter : submitters) {
                    post(page, form.id(), variant, submitter);
                    posted.add(variant + (submitter == null ? "" : " → " + submitter));
                }
            }
        }
        if (watch != null) {
            String after = watch.snapshot();
            if (!after.equals(trail)) {
                report.problem(user + " " + page.url() + " " + form.id() + " WROTE to the database with one of "
                        + posted + ": before [" + trail + "], after [" + after + "]");
            }
            trail = after;
        }
    }

    private void post(Page page, String formId, FuzzValues variant, String submitter) {
        long started = System.nanoTime();
        String what = user + " " + variant + " " + page.url() + " " + formId + (submitter == null ? "" : " → " + submitter);
        HttpResponse<String> fresh = signedInGet(page.url());
        Optional<Form> form = fresh.statusCode() != 200 ? Optional.empty()
                : HtmlForms.forms(fresh.body(), Browser.BASE_URL + page.url()).stream()
                        .filter(f -> f.id().equals(formId) && (submitter == null || f.submitters().contains(submitter)))
                        .findFirst();
        if (form.isEmpty()) {
            report.gone(what); // the record moved on (an earlier post of pass B changed its state)
            return;
        }
        List<Map.Entry<String, String>> body = new ArrayList<>(variant.fill(form.get(), submitter, otherId));
        body.add(Map.entry(NONCE_PARAM, PortalHttp.first(NONCE, fresh.body()))); // what PrimeFaces' script adds
        HttpResponse<String> answer = http.post(form.get().action(), body);
        List<String> problems = new ArrayList<>(FuzzChecks.serverProblems(what, answer));
        String shown = answer.body();
        String outcome = outcome(answer);
        Optional<String> location = answer.headers().firstValue("Location");
        if (answer.statusCode() / 100 == 3 && location.isPresent()) {
            HttpResponse<String> next = http.get(location.get());
            problems.addAll(FuzzChecks.serverProblems(what + " then GET " + location.get(), next));
            shown = next.body();
            outcome = "redirect " + outcome(next);
        }
        if (watch == null && !"file".equals(outcome)) { // a download is saved, not shown (its cells: SafeExports)
            problems.addAll(FuzzChecks.unescaped(what, shown));
        } else if (submitter != null && "no message".equals(outcome)) {
            // a form posted without a button runs no action (its fields post through Ajax events): nothing to say
            problems.add(what + " was refused without a word: no message on the page");
        }
        report.post(what + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)", answer.statusCode(), outcome, problems);
    }

    /** What the user got: a message, a downloaded file, or a page saying nothing. */
    private static String outcome(HttpResponse<String> answer) {
        if (answer.headers().firstValue("Content-Disposition").orElse("").contains("attachment")) {
            return "file";
        }
        if (answer.statusCode() / 100 == 3) {
            return "redirect";
        }
        return FuzzChecks.showsMessage(answer.body()) ? "message" : "no message";
    }

    /** The page again; a session that ended (it must not) is reported, and the user signs in again. */
    private HttpResponse<String> signedInGet(String url) {
        HttpResponse<String> page = http.get(url);
        if (page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            report.post(user + " GET " + url, 302, "signed out", List.of(user + "'s session ended before " + url));
            http = FuzzReport.signIn(user);
            page = http.get(url);
        }
        return page;
    }
}
