package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One obligation within a case: a card balance, a loan, … */
@Entity
@Table(name = "debt")
public class Debt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Product product;

    @Column(name = "account_ref")
    public String accountRef;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal interest;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal fees;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "oldest_unpaid_date", nullable = false)
    public LocalDate oldestUnpaidDate;

    @Column(name = "charge_off_date")
    public LocalDate chargeOffDate;

    @Column(name = "limitation_date")
    public LocalDate limitationDate;

    public BigDecimal total() {
        return principal.add(interest).add(fees);
    }

    @Schema(description = "Kind of credit product. CREDIT_CARD; CONSUMER_LOAN: personal or instalment loan; AUTO_LOAN; "
            + "MORTGAGE; STUDENT_LOAN; BNPL: buy now, pay later; OVERDRAFT: bank account overdraft; UTILITY: utility or "
            + "telecom bill; OTHER.")
    public enum Product {
        CREDIT_CARD, CONSUMER_LOAN, AUTO_LOAN, MORTGAGE, STUDENT_LOAN, BNPL, OVERDRAFT, UTILITY, OTHER
    }
}
