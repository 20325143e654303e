package kz.registry.claims.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The fund's one account row: every movement locks it, so a balance check and the posting it allows take turns. */
@Entity
@Table(name = "fund_account")
public class FundAccount {

    public static final int THE_ROW = 1;

    @Id
    private int id;

    @Version
    private long version;

    protected FundAccount() {
        // for JPA
    }
}
