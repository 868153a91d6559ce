package dev.opshistory.reports.render;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.ReportException;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code templates/operational-history.md.ftl}. Templates named {@code *.md.ftl} use
 * {@link MarkdownOutputFormat}, so every interpolation is escaped; numbers are formatted for
 * {@link Locale#ROOT}, so the output does not depend on the machine's locale.
 */
public final class MarkdownRenderer {

    /** The template of {@code operational-history.md}. */
    public static final String TEMPLATE = "operational-history.md.ftl";

    private static final DateTimeFormatter PERIOD_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Configuration configuration;

    public MarkdownRenderer() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(MarkdownRenderer.class, "/templates");
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
        configuration.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown));
    }

    /** The Markdown of the report. */
    public String render(ReportData data) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", data);
        model.put("periodFrom", formatInstant(data.period().from(), data.timeZone()));
        model.put("periodTo", formatInstant(data.period().to(), data.timeZone()));
        model.put("timeZone", data.timeZone().getId());
        try {
            Template template = configuration.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new ReportException("cannot render " + TEMPLATE + ": " + e.getMessage(), e);
        }
    }

    private static String formatInstant(Instant instant, ZoneId zone) {
        return instant == null ? null : PERIOD_FORMAT.format(instant.atZone(zone));
    }
}
