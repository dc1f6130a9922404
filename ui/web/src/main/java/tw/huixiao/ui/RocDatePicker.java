package tw.huixiao.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The one date picker of the UI: in zh-TW it shows and accepts 民國 dates (115/12/07, also
 * 115.12.7, 115-12-7 and 民國115年12月7日) with Chinese month and weekday names; in English it stays
 * Gregorian. Vaadin's Java i18n knows only date-fns patterns (no ROC era), so the web component's
 * own {@code formatDate}/{@code parseDate}/{@code formatTitle} are replaced in the browser, and
 * re-applied whenever the Flow connector rewrites the i18n object. The value stays a LocalDate.
 */
public class RocDatePicker extends DatePicker {

    private static final String ROC_JS = """
            const dp = this;
            const pad = n => String(n).padStart(2, '0');
            const roc = {
              formatDate: d => (d.year - 1911) + '/' + pad(d.month + 1) + '/' + pad(d.day),
              parseDate: text => {
                const m = /^\\s*(?:民國)?\\s*(\\d{1,3})\\s*[\\/.\\-年]\\s*(\\d{1,2})\\s*[\\/.\\-月]\\s*(\\d{1,2})\\s*日?\\s*$/.exec(text);
                if (!m) { return undefined; }
                const year = Number(m[1]) + 1911, month = Number(m[2]) - 1, day = Number(m[3]);
                const check = new Date(year, month, day);
                if (check.getMonth() !== month || check.getDate() !== day) { return undefined; }
                return { year, month, day };
              },
              formatTitle: (monthName, fullYear) => '民國 ' + (fullYear - 1911) + ' 年 ' + monthName
            };
            const apply = () => { dp.i18n = Object.assign({}, dp.i18n, roc); };
            if (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.datepickerConnector) {
              window.Vaadin.Flow.datepickerConnector.initLazy(dp);
            }
            if (dp.$connector && !dp.$connector.rocDates) {
              const flowUpdate = dp.$connector.updateI18n;
              dp.$connector.updateI18n = (locale, i18n) => { flowUpdate(locale, i18n); apply(); };
              dp.$connector.rocDates = true;
            }
            apply();
            """;

    public RocDatePicker() {
        this(null, null);
    }

    public RocDatePicker(String label) {
        this(label, null);
    }

    public RocDatePicker(String label, LocalDate value) {
        super(label, value);
        addAttachListener(attach -> localise(attach.getUI().getLocale()));
    }

    private void localise(Locale locale) {
        if (UiLocale.isEnglish(locale)) {
            setLocale(Locale.UK);
            setI18n(new DatePickerI18n().setDateFormat("yyyy-MM-dd").setFirstDayOfWeek(0)
                    .setBadInputErrorMessage(getTranslation("datepicker.badInput")));
            return;
        }
        setLocale(UiLocale.CHINESE);
        if (getPlaceholder() == null || getPlaceholder().isEmpty()) {
            setPlaceholder(getTranslation("datepicker.placeholder"));
        }
        setI18n(new DatePickerI18n()
                .setMonthNames(List.of(getTranslation("datepicker.months").split(",")))
                .setWeekdays(List.of(getTranslation("datepicker.weekdays").split(",")))
                .setWeekdaysShort(List.of(getTranslation("datepicker.weekdaysShort").split(",")))
                .setFirstDayOfWeek(0)
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"))
                .setBadInputErrorMessage(getTranslation("datepicker.badInput")));
        getElement().executeJs(ROC_JS);
    }
}
