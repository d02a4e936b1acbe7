package org.collections.gateway.problems;

import java.util.stream.Collectors;

/** Renders the catalogue as small, self-contained HTML pages (no scripts, no external resources). */
final class ProblemPages {

    private ProblemPages() {
    }

    static String page(ProblemType type) {
        String statuses = type.status().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String causes = type.causes().stream().map(c -> "<li>" + inline(c) + "</li>").collect(Collectors.joining("\n"));
        return document(type.title(), """
                <p class="type"><code>type: /problems/%s</code> &middot; HTTP %s</p>
                <h1>%s</h1>
                <h2>What it means</h2>
                <p>%s</p>
                <h2>Typical causes</h2>
                <ul>
                %s
                </ul>
                <h2>What to do</h2>
                <p>%s</p>
                <p><a href="/problems">All problem types</a> &middot; <a href="/q/swagger-ui">API reference</a></p>
                """.formatted(escape(type.slug()), statuses, escape(type.title()), inline(type.meaning()), causes,
                inline(type.action())));
    }

    static String index(ProblemCatalogue catalogue) {
        String rows = catalogue.all().stream()
                .map(t -> "<tr><td><a href=\"/problems/%s\"><code>%s</code></a></td><td>%s</td><td>%s</td></tr>"
                        .formatted(escape(t.slug()), escape(t.slug()),
                                t.status().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                                escape(t.title())))
                .collect(Collectors.joining("\n"));
        return document("Problem types", """
                <h1>Problem types</h1>
                <p>Every error of the collections platform API is an RFC 9457 <code>application/problem+json</code>
                document whose <code>type</code> is one of these pages.</p>
                <table>
                <tr><th>type</th><th>HTTP status</th><th>title</th></tr>
                %s
                </table>
                """.formatted(rows));
    }

    private static String document(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s &ndash; Collections platform API</title>
                <style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                code{background:#f3f3f3;padding:0 .2rem}td,th{text-align:left;padding:.2rem .8rem .2rem 0}</style>
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(escape(title), body);
    }

    /** Escapes the text, then renders `code` spans as the catalogue writes them. */
    private static String inline(String text) {
        return escape(text).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
