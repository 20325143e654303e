package kz.registry.audit.entity;

/**
 * How far sealing has come, cheaply: the tree's size, the latest checkpoint's size, how many
 * committed entries wait to be sealed and how long the oldest has waited (milliseconds).
 */
public record LogStatus(long treeSize, long checkpointSize, long unsealed, Long oldestUnsealedMillis) {
}
