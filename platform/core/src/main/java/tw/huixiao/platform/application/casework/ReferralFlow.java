package tw.huixiao.platform.application.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * The life of a referral (轉介): DRAFT → SENT (how, reference number) → ACCEPTED or REJECTED
 * (with the reason) → REPLIED (the agency's answer; Yunlin's 回覆表) → CLOSED. A draft may be
 * withdrawn (CLOSED), and a rejected referral is closed. The guardian's consent is recorded on
 * the draft. Anything else is refused with a 409 naming the steps possible from where it is.
 */
public final class ReferralFlow {

    public enum Status {
        DRAFT("草稿", "draft"),
        SENT("已送出", "sent"),
        ACCEPTED("已受理", "accepted"),
        REJECTED("已退件", "rejected"),
        REPLIED("已回覆", "replied"),
        CLOSED("已結案", "closed");

        private final LocalizedText label;

        Status(String zhTw, String en) {
            this.label = LocalizedText.of(zhTw, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    public enum Action {
        CONSENT("登錄家長同意", "record consent", EnumSet.of(Status.DRAFT), Status.DRAFT),
        SEND("送出", "send", EnumSet.of(Status.DRAFT), Status.SENT),
        ACCEPT("登錄受理", "record acceptance", EnumSet.of(Status.SENT), Status.ACCEPTED),
        REJECT("登錄退件", "record rejection", EnumSet.of(Status.SENT), Status.REJECTED),
        REPLY("登錄回覆", "record the reply", EnumSet.of(Status.ACCEPTED), Status.REPLIED),
        CLOSE("結案", "close", EnumSet.of(Status.DRAFT, Status.REJECTED, Status.REPLIED), Status.CLOSED);

        private final LocalizedText label;
        private final Set<Status> from;
        private final Status to;

        Action(String zhTw, String en, Set<Status> from, Status to) {
            this.label = LocalizedText.of(zhTw, en);
            this.from = from;
            this.to = to;
        }

        public LocalizedText label() {
            return label;
        }
    }

    private ReferralFlow() {
    }

    /** The status after the action, or a 409 saying why not and what is possible instead. */
    public static Status next(Status current, Action action) {
        if (!action.from.contains(current)) {
            List<Action> possible = possible(current);
            throw new StateConflictException("轉介目前為「" + current.label().zhTw() + "」，不能" + action.label().zhTw()
                    + "；" + (possible.isEmpty() ? "已無後續步驟" : "可以：" + possible.stream().map(a -> a.label().zhTw())
                    .collect(Collectors.joining("、"))) + " (the referral is " + current.label().en() + ": cannot "
                    + action.label().en() + "; " + (possible.isEmpty() ? "nothing follows"
                    : "possible: " + possible.stream().map(Enum::name).collect(Collectors.joining(", "))) + ")");
        }
        return action.to;
    }

    /** The actions possible from a status. */
    public static List<Action> possible(Status current) {
        return EnumSet.allOf(Action.class).stream().filter(a -> a.from.contains(current)).toList();
    }
}
