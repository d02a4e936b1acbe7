package org.collections.contact.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The page schemas of operations that document their 200 with examples: an annotated response does not take its
 * schema from the method's generic return type, so these name it (the same shape as {@code CursorPage}).
 */
final class PageSchemas {

    private PageSchemas() {
    }

    @Schema(name = "CursorPageMessageView")
    record MessagePage(@Schema(required = true) List<MessageRequests.MessageView> items, String nextCursor,
            @Schema(required = true) int limit) {
    }

    @Schema(name = "CursorPageTemplateView")
    record TemplatePage(@Schema(required = true) List<TemplateRequests.TemplateView> items, String nextCursor,
            @Schema(required = true) int limit) {
    }
}
