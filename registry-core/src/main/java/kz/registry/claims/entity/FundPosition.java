package kz.registry.claims.entity;

import java.util.Map;
import kz.registry.money.Money;

/**
 * Where the victims compensation fund stands: inflows by source, payments out, the balance, what
 * payment registers not yet paid hold, and what is free for new registers.
 */
public record FundPosition(Map<FundSource, Money> inflows, Money paidOut, Money balance, Money onOpenRegisters,
                           Money available) {
}
