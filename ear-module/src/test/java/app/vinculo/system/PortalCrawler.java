package app.vinculo.system;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The pages a signed-in user reaches by clicking: from the home page, the side menu's entries, then the links of
 * those pages (list rows → view pages → edit pages), breadth first. A few URLs per kind of link are enough: a kind
 * is the page plus the names of its parameters ({@code clients/view.xhtml?id=}), at most {@link #PER_KIND} each.
 */
final class PortalCrawler {

    /** A page as the user got it. {@code view} is its path under the portal ("clients/view.xhtml"). */
    record Page(String url, String view, String html) {
    }

    static final int PER_KIND = 2;
    private static final int DEPTH = 3;
    private static final String ROOT = URI.create(Browser.BASE_URL).getPath();
    /** Not pages: the login and the portal's files, reports that download, the benchmarks' page. */
    private static final Pattern SKIP = Pattern.compile(".*(login\\.xhtml|jakarta\\.faces\\.resource|/feeds/|/bench/|"
            + "floor\\.xhtml|\\.(pdf|ics|csv|xlsx)).*");

    private PortalCrawler() {
    }

    /** Every page reached; a page answering other than 200 fails the crawl with what was asked. */
    static List<Page> crawl(PortalHttp http, List<String> problems) {
        List<Page> pages = new ArrayList<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[]{"index.xhtml", "0"});
        seen.add("index.xhtml");
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            HttpResponse<String> answer = http.get(path);
            problems.addAll(FuzzChecks.serverProblems("GET " + path, answer));
            if (answer.statusCode() != 200) {
                if (answer.statusCode() != 404) { // a record deleted meanwhile answers the portal's 404
                    problems.add("GET " + path + " answered " + answer.statusCode());
                }
                continue;
            }
            pages.add(new Page(path, view(path), answer.body()));
            if (depth == DEPTH) {
                continue;
            }
            for (Element link : HtmlForms.parse(answer.body(), Browser.BASE_URL + path).select("a[href]")) {
                String target = local(link.absUrl("href"));
                if (target != null && !SKIP.matcher(target).matches() && seen.add(target)
                        && kinds.merge(kind(target), 1, Integer::sum) <= PER_KIND) {
                    queue.add(new String[]{target, String.valueOf(depth + 1)});
                }
            }
        }
        return pages;
    }

    /** "clients/view.xhtml?id=12" → "clients/view.xhtml". */
    static String view(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** "clients/view.xhtml?id=" — the page and its parameters' names, whatever their values. */
    private static String kind(String path) {
        int q = path.indexOf('?');
        Set<String> names = new TreeSet<>();
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return view(path) + "?" + names;
    }

    /** A link to a page of the portal, relative to its root; null for anything else (other sites, anchors). */
    private static String local(String url) {
        if (url.isEmpty()) {
            return null;
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        String path = uri.getRawPath();
        if (!URI.create(Browser.BASE_URL).getAuthority().equals(uri.getAuthority()) || path == null
                || !path.startsWith(ROOT) || !path.endsWith(".xhtml")) {
            return null;
        }
        return path.substring(ROOT.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
