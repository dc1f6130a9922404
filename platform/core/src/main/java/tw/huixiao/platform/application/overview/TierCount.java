package tw.huixiao.platform.application.overview;

public record TierCount(int tier, long cases) {
}
