package tw.huixiao.policy.newtaipei;

import java.util.List;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;

/**
 * The agencies the New Taipei procedure names (seed 001): the district 強迫入學委員會 that
 * receives the dropout report (NT-D4-REPORT) and the police who search for a missing student
 * with it (NT-MISSING). Both are reports the law requires: no guardian consent.
 */
public final class NewTaipeiAgencies {

    public static final List<Agency> ALL = List.of(
            Agency.agency("NT-CEC").named("強迫入學委員會", "Compulsory education committee")
                    .kind(AgencyKind.COMPULSORY_EDUCATION_COMMITTEE).perDistrict().rule("NT-D4-REPORT")
                    .source("註冊組以傳真方式寄輟學通報單於區強迫入學委員會，並於當日完成正本函報區強迫入學委員會及教育部中輟系統網路通報之手續。")
                    .build(),
            Agency.agency("NT-POLICE").named("新北市政府警察局少年警察隊", "New Taipei City Police Department, juvenile division")
                    .kind(AgencyKind.POLICE).rule("NT-MISSING")
                    .source("行蹤不明(須透過警方及強迫入學委員會等方式追蹤協尋學生)").build());

    private NewTaipeiAgencies() {
    }
}
