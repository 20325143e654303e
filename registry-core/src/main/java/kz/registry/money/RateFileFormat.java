package kz.registry.money;

/** The rate files the registry reads: the National Bank's daily XML, and a CSV of many days. */
public enum RateFileFormat {
    NBK_XML, CSV
}
