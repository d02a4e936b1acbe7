package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "installment")
public class Installment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int number;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal interest;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal paid;

    public InstallmentLedger.Line line() {
        return new InstallmentLedger.Line(number, dueDate, amount, paid);
    }
}
