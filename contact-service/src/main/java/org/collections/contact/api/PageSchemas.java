package org.collections.contact.api;

import java.util.List;
import org.collections.commons.http.CursorPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The page schemas of operations that document their 200 with examples: an annotated response does not take its
 * schema from the method's generic return type, so these name it (the same shape as {@code CursorPage}).
 */
final class PageSchemas {

    private PageSchemas() {
    }

    @Schema(name = "CursorPageMessageView")
    record MessagePage(@Schema(required = true, description = CursorPage.ITEMS) List<MessageRequests.MessageView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }

    @Schema(name = "CursorPageContactStepView")
    record ContactStepPage(@Schema(required = true, description = CursorPage.ITEMS) List<ContactStepView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }

    @Schema(name = "CursorPageTemplateView")
    record TemplatePage(@Schema(required = true, description = CursorPage.ITEMS) List<TemplateRequests.TemplateView> items,
            @Schema(description = CursorPage.NEXT_CURSOR) String nextCursor,
            @Schema(required = true, description = CursorPage.LIMIT) int limit) {
    }
}
