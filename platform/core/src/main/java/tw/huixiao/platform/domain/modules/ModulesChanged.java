package tw.huixiao.platform.domain.modules;

/** Fired when a stored module changed state: this server's loader follows at once, the others on their next poll. */
public record ModulesChanged(long moduleRowId) {
}
