package org.collections.contact.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template text with {@code {{variable}}} placeholders and nothing else: no expressions, sections or method calls,
 * so what a template can show is exactly the fixed set of {@link TemplateVariable}s. Text outside placeholders is
 * copied as is.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final String text;
    private final Set<TemplateVariable> variables;

    private TemplateText(String text, Set<TemplateVariable> variables) {
        this.text = text;
        this.variables = variables;
    }

    /** Parses {@code text}; IllegalArgumentException naming every unknown variable or stray brace pair. */
    public static TemplateText parse(String text) {
        List<String> problems = new ArrayList<>();
        Set<TemplateVariable> used = EnumSet.noneOf(TemplateVariable.class);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder outside = new StringBuilder();
        int end = 0;
        while (m.find()) {
            outside.append(text, end, m.start());
            end = m.end();
            String name = m.group(1);
            TemplateVariable.byPlaceholder(name).ifPresentOrElse(used::add,
                    () -> problems.add("unknown variable {{" + name + "}}"));
        }
        outside.append(text.substring(end));
        if (outside.indexOf("{{") >= 0 || outside.indexOf("}}") >= 0) {
            problems.add("unbalanced {{ or }}");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", new LinkedHashSet<>(problems)));
        }
        return new TemplateText(text, Collections.unmodifiableSet(used));
    }

    public Set<TemplateVariable> variables() {
        return variables;
    }

    /** The text with every placeholder replaced; placeholders without a value stay as they are and are listed. */
    public Rendered render(Map<TemplateVariable, String> values) {
        Map<TemplateVariable, String> known = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        Set<TemplateVariable> missing = EnumSet.noneOf(TemplateVariable.class);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            TemplateVariable variable = TemplateVariable.byPlaceholder(m.group(1)).orElseThrow();
            String value = known.get(variable);
            if (value == null) {
                missing.add(variable);
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Rendered(out.toString(), missing);
    }

    public record Rendered(String text, Set<TemplateVariable> missing) {
    }
}
