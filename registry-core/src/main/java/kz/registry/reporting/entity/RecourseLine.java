package kz.registry.reporting.entity;

import java.math.BigDecimal;

/** Recourse in one proceeding: what the state paid and claims back from its convicts, and what came back. */
public record RecourseLine(String proceeding, long claims, BigDecimal due, BigDecimal recovered, BigDecimal outstanding) {
}
