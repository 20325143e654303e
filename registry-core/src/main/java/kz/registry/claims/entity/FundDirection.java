package kz.registry.claims.entity;

/** Which way money moves on the victims compensation fund's account: in (budget, recoveries) or out (payments). */
public enum FundDirection {
    IN,
    OUT
}
