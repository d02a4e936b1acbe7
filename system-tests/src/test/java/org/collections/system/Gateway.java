package org.collections.system;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.collections.client.ApiClient;
import org.collections.client.ApiException;
import org.collections.client.ApiResponse;
import org.collections.client.api.AgenciesApi;
import org.collections.client.api.AttemptsApi;
import org.collections.client.api.BreathingSpaceApi;
import org.collections.client.api.BulkImportApi;
import org.collections.client.api.CasesApi;
import org.collections.client.api.ContactDecisionsApi;
import org.collections.client.api.ContactPointsApi;
import org.collections.client.api.DispatchApi;
import org.collections.client.api.DisputesApi;
import org.collections.client.api.EventDeliveriesApi;
import org.collections.client.api.HistoryApi;
import org.collections.client.api.PlacementsApi;
import org.collections.client.api.PaymentRemindersApi;
import org.collections.client.api.PaymentsApi;
import org.collections.client.api.PlanEvaluationsApi;
import org.collections.client.api.PlansApi;
import org.collections.client.api.ReconciliationsApi;
import org.collections.client.api.SchedulingApi;
import org.collections.client.api.WebhooksApi;
import org.collections.testsupport.Tokens;

/**
 * The platform as one principal sees it: the typed client generated from the merged API document, talking to the
 * gateway with that principal's bearer token. One {@link ApiClient} per principal (its token is minted again before
 * it could expire), so a long run neither mints a client per call nor outlives its tokens.
 */
final class Gateway {

    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(15);
    private static final Map<String, Gateway> PRINCIPALS = new ConcurrentHashMap<>();

    private final ApiClient client;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

    private Gateway(Supplier<String> token) {
        client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), Scenario.suite.gateway.url());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.get()));
    }

    static Gateway admin() {
        return principal("admin", Tokens::admin);
    }

    static Gateway supervisor() {
        return principal("supervisor", Tokens::supervisor);
    }

    static Gateway collector() {
        return principal("collector", Tokens::collector);
    }

    static Gateway agency(String agencyId) {
        return principal("agency:" + agencyId, () -> Tokens.agency(agencyId));
    }

    private static Gateway principal(String key, Supplier<String> mint) {
        return PRINCIPALS.computeIfAbsent(key, k -> new Gateway(new RenewedToken(mint)));
    }

    CasesApi cases() {
        return api(CasesApi.class, CasesApi::new);
    }

    AgenciesApi agencies() {
        return api(AgenciesApi.class, AgenciesApi::new);
    }

    PlacementsApi placements() {
        return api(PlacementsApi.class, PlacementsApi::new);
    }

    DisputesApi disputes() {
        return api(DisputesApi.class, DisputesApi::new);
    }

    BreathingSpaceApi breathingSpaces() {
        return api(BreathingSpaceApi.class, BreathingSpaceApi::new);
    }

    HistoryApi history() {
        return api(HistoryApi.class, HistoryApi::new);
    }

    BulkImportApi imports() {
        return api(BulkImportApi.class, BulkImportApi::new);
    }

    ContactDecisionsApi decisions() {
        return api(ContactDecisionsApi.class, ContactDecisionsApi::new);
    }

    ContactPointsApi contactPoints() {
        return api(ContactPointsApi.class, ContactPointsApi::new);
    }

    SchedulingApi scheduling() {
        return api(SchedulingApi.class, SchedulingApi::new);
    }

    DispatchApi dispatch() {
        return api(DispatchApi.class, DispatchApi::new);
    }

    AttemptsApi attempts() {
        return api(AttemptsApi.class, AttemptsApi::new);
    }

    PlansApi plans() {
        return api(PlansApi.class, PlansApi::new);
    }

    PaymentsApi payments() {
        return api(PaymentsApi.class, PaymentsApi::new);
    }

    PlanEvaluationsApi planEvaluations() {
        return api(PlanEvaluationsApi.class, PlanEvaluationsApi::new);
    }

    PaymentRemindersApi paymentReminders() {
        return api(PaymentRemindersApi.class, PaymentRemindersApi::new);
    }

    WebhooksApi webhooks() {
        return api(WebhooksApi.class, WebhooksApi::new);
    }

    ReconciliationsApi reconciliations() {
        return api(ReconciliationsApi.class, ReconciliationsApi::new);
    }

    EventDeliveriesApi deliveries() {
        return api(EventDeliveriesApi.class, EventDeliveriesApi::new);
    }

    /** Each API object builds its own HTTP client: one of each per principal. */
    private <T> T api(Class<T> type, Function<ApiClient, T> make) {
        return type.cast(apis.computeIfAbsent(type, t -> make.apply(client)));
    }

    /** A call of the typed client whose HTTP status is what a scenario checks. */
    @FunctionalInterface
    interface Call {
        ApiResponse<?> send() throws ApiException;
    }

    /** The HTTP status the call was answered with, whether a success or a refusal. */
    static int status(Call call) {
        try {
            return call.send().getStatusCode();
        } catch (ApiException e) {
            if (e.getCode() == 0) {
                throw new IllegalStateException("no HTTP answer", e);
            }
            return e.getCode();
        }
    }

    /** A token minted again once it is {@link #TOKEN_RENEWAL} old (tokens live an hour). */
    private static final class RenewedToken implements Supplier<String> {

        private final Supplier<String> mint;
        private String token;
        private Instant minted = Instant.EPOCH;

        RenewedToken(Supplier<String> mint) {
            this.mint = mint;
        }

        @Override
        public synchronized String get() {
            Instant now = Instant.now();
            if (token == null || now.isAfter(minted.plus(TOKEN_RENEWAL))) {
                token = mint.get();
                minted = now;
            }
            return token;
        }
    }
}
