package tw.huixiao.platform.application.overview;

public record PersonCount(long userId, String name, long count) {
}
