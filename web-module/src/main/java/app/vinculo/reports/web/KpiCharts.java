package app.vinculo.reports.web;

import app.vinculo.platform.web.Texts;
import app.vinculo.reports.boundary.Kpis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Chart.js configurations (JSON for {@code p:chart value}) of the KPI page, texts from the bundles. */
final class KpiCharts {

    private static final String[] COLOURS = {"#1f5fa8", "#2e9e6b", "#e0a030", "#c0392b", "#7d5ba6", "#4aa3c7", "#8a8a8a"};

    private KpiCharts() {
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String bar(List<String> labels, Map<String, List<? extends Number>> series, boolean stacked, int max) {
        StringBuilder b = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        b.append(labels.stream().map(KpiCharts::str).collect(Collectors.joining(","))).append("],\"datasets\":[");
        int i = 0;
        for (Map.Entry<String, List<? extends Number>> s : series.entrySet()) {
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"label\":").append(str(s.getKey())).append(",\"backgroundColor\":\"").append(COLOURS[i % COLOURS.length])
                    .append("\",\"data\":[").append(s.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append("]}");
            i++;
        }
        b.append("]},\"options\":{\"responsive\":true,\"animation\":false,\"scales\":{\"x\":{\"stacked\":").append(stacked)
                .append("},\"y\":{\"beginAtZero\":true,\"stacked\":").append(stacked);
        if (max > 0) {
            b.append(",\"max\":").append(max);
        }
        return b.append("}}}}").toString();
    }

    /** Held visits per month, one stacked series per consultant. */
    static String visits(Kpis k, Locale locale) {
        if (k == null) {
            return "{}";
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        for (YearMonth m = YearMonth.from(k.filter().from()); !m.isAfter(YearMonth.from(k.filter().to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (String who : k.visitsByConsultant().stream().map(Kpis.VisitsInMonth::consultant).distinct().toList()) {
            List<Long> values = new ArrayList<>();
            for (YearMonth m : months) {
                values.add(k.visitsByConsultant().stream().filter(v -> v.consultant().equals(who) && v.month().equals(m))
                        .mapToLong(Kpis.VisitsInMonth::visits).sum());
            }
            series.put(who, values);
        }
        return bar(months.stream().map(f::format).toList(), series, true, 0);
    }

    /** The three percentages of the procedure's objectives. */
    static String objectives(Kpis k, Locale locale) {
        if (k == null) {
            return "{}";
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal p : List.of(orZero(k.contactedPercent()), orZero(k.maintenancePercent()), orZero(k.renewalPercent()))) {
            values.add(p);
        }
        return bar(List.of(Texts.text(locale, "kpi.contacted"), Texts.text(locale, "kpi.maintenance"),
                Texts.text(locale, "kpi.renewal")), Map.<String, List<? extends Number>>of("%", values), false, 100);
    }

    /** Requirements → quotes → accepted (counts). */
    static String pipeline(Kpis k, Locale locale) {
        if (k == null) {
            return "{}";
        }
        return bar(List.of(Texts.text(locale, "kpi.requirements"), Texts.text(locale, "kpi.quotes"),
                        Texts.text(locale, "kpi.accepted")),
                Map.<String, List<? extends Number>>of(Texts.text(locale, "kpi.count"),
                        List.of(k.requirements(), k.quotes().count(), k.accepted().count())),
                false, 0);
    }

    private static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

}
