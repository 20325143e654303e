package kz.registry.claims.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator states of a compensation category's version: its code, its name in English
 * and (where given) in Russian and Kazakh, its multiple of the MCI, the articles it covers, and the
 * day it applies from. The category itself checks them.
 */
public record CategoryTerms(String code, String name, String nameRu, String nameKk, int mciMultiple,
                            List<Integer> articles, LocalDate validFrom, boolean unverified) {
}
