package dev.opshistory.reports.render;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.ReportException;
import dev.opshistory.reports.charts.Chart;
import dev.opshistory.reports.figures.Findings;
import dev.opshistory.reports.figures.NoiseAdvice;
import dev.opshistory.reports.figures.OnCallLoad;
import dev.opshistory.reports.figures.RiskMatrix;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker set-up shared by the report's templates: {@code *.md.ftl} escape every interpolation with
 * {@link MarkdownOutputFormat}, {@code *.html.ftl} with FreeMarker's HTML auto-escaping; numbers are formatted
 * for {@link Locale#ROOT}, so the output does not depend on the machine's locale. The model is the same for
 * both: {@code report} (ReportData), {@code charts}, the period in the report's zone, a {@code fmt} helper and
 * the rule constants the Methodology section prints.
 */
final class Templates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final Configuration configuration;

    Templates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(Templates.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.html.ftl"), html))
                .allowNoMatch(true));
    }

    String render(String templateName, ReportData data, List<Chart> charts) {
        Map<String, Object> model = new HashMap<>();
        ZoneId zone = data.timeZone();
        model.put("report", data);
        model.put("charts", charts);
        model.put("periodFrom", data.period().from() == null ? null : MINUTE.format(data.period().from().atZone(zone)));
        model.put("periodTo", data.period().to() == null ? null : MINUTE.format(data.period().to().atZone(zone)));
        model.put("timeZone", zone.getId());
        model.put("fmt", new Formats(zone));
        model.put("rules", rules());
        model.put("methodology", MethodologyText.lines(data));
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new ReportException("cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> rules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("shiftGuide", OnCallLoad.SRE_GUIDE);
        rules.put("transientMinutes", NoiseAdvice.TRANSIENT_MINUTES);
        rules.put("longOutageMinutes", RiskMatrix.LONG_OUTAGE_MINUTES);
        rules.put("suggestions", List.of(NoiseAdvice.Suggestion.values()));
        rules.put("wShifts", Findings.W_SHIFTS);
        rules.put("wRecurrence", Findings.W_RECURRENCE);
        rules.put("wNoise", Findings.W_NOISE);
        rules.put("wSleep", Findings.W_SLEEP);
        rules.put("wTrend", Findings.W_TREND);
        rules.put("wOverdue", Findings.W_OVERDUE);
        rules.put("wRootCause", Findings.W_ROOT_CAUSE);
        rules.put("wRunbooks", Findings.W_RUNBOOKS);
        rules.put("wUnknown", Findings.W_UNKNOWN);
        return rules;
    }

    /** Formatting the templates call: instants in the report's zone, minutes as hours. */
    public static final class Formats {

        private final ZoneId zone;

        Formats(ZoneId zone) {
            this.zone = zone;
        }

        /** {@code yyyy-MM-dd HH:mm} in the report's zone, or a dash. */
        public String instant(Instant instant) {
            return instant == null ? "–" : MINUTE.format(instant.atZone(zone));
        }

        /** {@code yyyy-MM-dd} in the report's zone, or a dash. */
        public String day(Instant instant) {
            return instant == null ? "–" : DAY.format(instant.atZone(zone));
        }

        /**
         * A field of a postmortem as a sentence: {@code fallback} when missing, a full stop added unless the
         * authors ended it with one (or with ! ? …), so that "lost." does not become "lost..".
         */
        public String sentence(String text, String fallback) {
            String s = text == null || text.isBlank() ? fallback : text.strip();
            return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith("…") ? s : s + ".";
        }

        /**
         * The first {@code max} characters of an authors' text, cut after the last sentence that fits (or the last
         * word, when no sentence ends in the second half) and marked with an ellipsis: a root-cause section of
         * thousands of characters does not belong in one paragraph of an appendix; csv/ keeps it whole.
         */
        public String excerpt(String text, int max) {
            if (text == null || text.strip().length() <= max) {
                return text == null ? null : text.strip();
            }
            String head = text.strip().substring(0, max);
            int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
            int cut = sentence >= max / 2 ? sentence + 1 : Math.max(head.lastIndexOf(' '), max / 2);
            return head.substring(0, cut).strip() + " …";
        }

        /** Minutes as {@code 1.5 h} from an hour up, else {@code 12 min}; a dash when unknown. */
        public String duration(Double minutes) {
            if (minutes == null) {
                return "–";
            }
            return minutes >= 60 ? String.format(Locale.ROOT, "%.1f h", minutes / 60)
                    : String.format(Locale.ROOT, "%.0f min", minutes);
        }
    }
}
