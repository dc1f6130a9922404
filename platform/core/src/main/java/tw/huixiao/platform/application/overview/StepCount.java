package tw.huixiao.platform.application.overview;

public record StepCount(String ruleId, String dutyZh, String dutyEn, long count) {
}
