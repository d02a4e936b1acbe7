package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.client.CaseDirectory;
import org.collections.contact.compliance.Channel;
import org.collections.contact.messaging.Languages;
import org.collections.contact.model.MessageTemplate;
import org.collections.contact.messaging.OptOutTexts;
import org.collections.contact.config.RulePackDocuments;
import org.collections.contact.messaging.TemplateCompliance;
import org.collections.contact.messaging.TemplateText;
import org.collections.contact.messaging.TemplateVariable;
import org.collections.contact.compliance.Violation;
import org.collections.contact.repository.MessageTemplateRepository;
import org.collections.contact.service.ContactCommands.NewTemplate;
import org.collections.contact.service.ContactCommands.TemplateChange;
import org.collections.contact.service.ContactCommands.TemplatePreview;

/** Message templates: written by supervisors, checked against the rule packs, rendered in the debtor's language. */
@ApplicationScoped
public class TemplateService {

    @Inject
    MessageTemplateRepository templates;

    @Inject
    RulePackDocuments documents;

    @Inject
    CaseDirectory cases;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A template rendered for someone. */
    public record Rendered(MessageTemplate template, String subject, String body, Set<TemplateVariable> missing) {
    }

    @WithTransaction
    public Uni<MessageTemplate> create(NewTemplate r, String actor) {
        String language = language(r.language());
        Set<String> packs = checked(r.channel(), r.rulePacks(), r.subject(), r.body());
        return templates.find("code = ?1 and channel = ?2 and language = ?3", r.code(), r.channel(), language)
                .<MessageTemplate>firstResult().chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("template-exists", "Template " + r.code() + " for "
                                + r.channel() + " in " + language + " exists already: " + existing.id);
                    }
                    MessageTemplate t = new MessageTemplate();
                    t.id = UUID.randomUUID();
                    t.code = r.code();
                    t.channel = r.channel();
                    t.language = language;
                    t.rulePacks(packs);
                    t.subject = blankToNull(r.subject());
                    t.body = r.body();
                    t.createdAt = clock.instant();
                    t.createdBy = actor;
                    t.updatedAt = t.createdAt;
                    t.updatedBy = actor;
                    return templates.persist(t)
                            .chain(() -> audit.record(actor, "TEMPLATE_CREATED", "message_template", t.id,
                                    "template " + t.code + " " + t.channel + " " + t.language, null, content(t)))
                            .replaceWith(t);
                });
    }

    @WithTransaction
    public Uni<MessageTemplate> update(UUID id, Integer expectedVersion, TemplateChange u, String actor) {
        if (expectedVersion == null) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the template's ETag");
        }
        return load(id).chain(t -> {
            if (t.version != expectedVersion) {
                throw ProblemException.preconditionFailed("Template " + id + " is at version " + t.version
                        + ", not " + expectedVersion);
            }
            Set<String> packs = checked(t.channel, u.rulePacks(), u.subject(), u.body());
            Map<String, Object> before = content(t);
            t.rulePacks(packs);
            t.subject = blankToNull(u.subject());
            t.body = u.body();
            t.updatedAt = clock.instant();
            t.updatedBy = actor;
            return templates.flush()
                    .chain(() -> audit.record(actor, "TEMPLATE_UPDATED", "message_template", t.id,
                            "template " + t.code + " " + t.channel + " " + t.language, before, content(t)))
                    .replaceWith(t);
        });
    }

    @WithSession
    public Uni<MessageTemplate> get(UUID id) {
        return load(id);
    }

    /** Up to {@code limit + 1} templates by code, channel and language, after the key {@code after} (null: from the start). */
    @WithSession
    public Uni<List<MessageTemplate>> list(String code, Channel channel, String language, TemplateKey after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (code != null && !code.isBlank()) {
            where.add("code = :code");
            params.put("code", code.strip());
        }
        if (channel != null) {
            where.add("channel = :channel");
            params.put("channel", channel);
        }
        if (language != null && !language.isBlank()) {
            where.add("language = :language");
            params.put("language", language(language));
        }
        if (after != null) {
            // The channel column holds the enum's name, so "a later channel" is a later name, listed here.
            List<Channel> laterChannels = java.util.Arrays.stream(Channel.values())
                    .filter(c -> c.name().compareTo(after.channel().name()) > 0).toList();
            where.add("(code > :afterCode or (code = :afterCode and ("
                    + (laterChannels.isEmpty() ? "" : "channel in :laterChannels or ")
                    + "(channel = :afterChannel and language > :afterLanguage))))");
            params.put("afterCode", after.code());
            params.put("afterChannel", after.channel());
            params.put("afterLanguage", after.language());
            if (!laterChannels.isEmpty()) {
                params.put("laterChannels", laterChannels);
            }
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by code, channel, language";
        return templates.find(query, params).range(0, limit).list();
    }

    /** The unique sort key of a template: where a page of templates ends. */
    public record TemplateKey(String code, Channel channel, String language) {
    }

    @WithSession
    public Uni<Rendered> preview(String code, TemplatePreview r) {
        requireTemplateChannel(r.channel());
        Map<String, String> samples = r.variables() == null ? Map.of() : r.variables();
        if (r.caseId() != null && !samples.isEmpty()) {
            throw new RuleViolation("variables", "give either sample variables or a caseId, not both");
        }
        String wanted = r.language() == null ? null : language(r.language());
        Uni<Rendered> rendered = r.caseId() == null
                ? choose(code, r.channel(), wanted == null ? Languages.DEFAULT : wanted)
                        .map(t -> render(t, MessageVariables.ofSamples(samples, Languages.locale(t.language))))
                : cases.require(r.caseId()).chain(c -> choose(code, r.channel(),
                        wanted != null ? wanted : c.debtor() == null ? null : c.debtor().preferredLanguage())
                        .map(t -> render(t, MessageVariables.ofCase(c, Languages.locale(t.language)))));
        return rendered;
    }

    /** The template of {@code code} for the channel in the language that serves a reader of {@code language} best. */
    public Uni<MessageTemplate> choose(String code, Channel channel, String language) {
        return templates.list("code = ?1 and channel = ?2", code, channel).map(variants -> {
            List<String> languages = variants.stream().map(t -> t.language).toList();
            String chosen = Languages.bestMatch(language, languages).orElseThrow(() -> ProblemException
                    .notFound("Template", code + " for " + channel + " in " + (language == null ? Languages.DEFAULT : language)));
            return variants.stream().filter(t -> t.language.equals(chosen)).findFirst().orElseThrow();
        });
    }

    /** Renders subject and body with {@code values} and the opt-out text of the template's channel and language. */
    public Rendered render(MessageTemplate t, Map<TemplateVariable, String> values) {
        Map<TemplateVariable, String> all = new EnumMap<>(TemplateVariable.class);
        all.putAll(values);
        all.put(TemplateVariable.OPT_OUT_TEXT, OptOutTexts.of(t.channel, t.language));
        TemplateText.Rendered body = TemplateText.parse(t.body).render(all);
        TemplateText.Rendered subject = t.subject == null ? null : TemplateText.parse(t.subject).render(all);
        Set<TemplateVariable> missing = EnumSet.noneOf(TemplateVariable.class);
        missing.addAll(body.missing());
        if (subject != null) {
            missing.addAll(subject.missing());
        }
        return new Rendered(t, subject == null ? null : subject.text(), body.text(), missing);
    }

    private Uni<MessageTemplate> load(UUID id) {
        return templates.findById(id).map(t -> {
            if (t == null) {
                throw ProblemException.notFound("Template", id);
            }
            return t;
        });
    }

    /** Validates a template's content; returns its rule packs. 400 for malformed input, 422 for unusable content. */
    private Set<String> checked(Channel channel, Set<String> rulePacks, String subject, String body) {
        requireTemplateChannel(channel);
        if (channel == Channel.SMS && subject != null && !subject.isBlank()) {
            throw new RuleViolation("subject", "only EMAIL and LETTER templates have a subject");
        }
        Set<String> packs = new TreeSet<>();
        for (String pack : rulePacks == null ? Set.<String>of() : rulePacks) {
            try {
                packs.add(documents.catalog().versions(pack.strip()).get(0).id());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("rulePacks", "must name rule packs among "
                        + documents.catalog().packIds());
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<TemplateVariable> variables = EnumSet.noneOf(TemplateVariable.class);
        parseInto("body", body, variables, errors);
        if (subject != null && !subject.isBlank()) {
            parseInto("subject", subject, variables, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "template-invalid", "Template invalid", String.join("; ", errors.stream()
                    .map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
        List<Violation> violations = TemplateCompliance.authoring(channel, packs, variables);
        if (!violations.isEmpty()) {
            throw notCompliant("Template does not meet its rule packs", violations);
        }
        return packs;
    }

    static ProblemException notCompliant(String title, List<Violation> violations) {
        List<Problem.FieldError> rules = violations.stream().map(v -> new Problem.FieldError(v.ruleId(), v.reason())).toList();
        return new ProblemException(422, "template-not-compliant", "Template not compliant", title + ": "
                + String.join(", ", violations.stream().map(Violation::ruleId).toList()), rules);
    }

    private static void parseInto(String field, String text, Set<TemplateVariable> variables, List<Problem.FieldError> errors) {
        try {
            variables.addAll(TemplateText.parse(text).variables());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, e.getMessage()));
        }
    }

    static void requireTemplateChannel(Channel channel) {
        if (channel != null && !MessageTemplate.CHANNELS.contains(channel)) {
            throw new RuleViolation("channel", "must be one of " + MessageTemplate.CHANNELS);
        }
    }

    private static String language(String tag) {
        return Languages.normalize(tag);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Map<String, Object> content(MessageTemplate t) {
        Map<String, Object> content = new HashMap<>();
        content.put("rulePacks", t.rulePacks);
        content.put("subject", t.subject);
        content.put("body", t.body);
        return content;
    }

    static Locale locale(MessageTemplate t) {
        return Languages.locale(t.language);
    }
}
