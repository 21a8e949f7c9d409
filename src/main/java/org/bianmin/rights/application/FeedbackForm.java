package org.bianmin.rights.application;

import java.io.Serializable;
import org.bianmin.rights.domain.FeedbackType;

/**
 * What a person entered on the feedback form.
 *
 * @param versionNumber the version the person was reading: feedback on one replaced meanwhile is refused
 * @param villageCode online, named: the village the person chose (a kiosk's village is its own)
 * @param townCode online, anonymous: the town the person chose, or null
 * @param code the phone code, for named feedback
 */
public record FeedbackForm(
        int versionNumber,
        String itemKey,
        FeedbackType type,
        String text,
        boolean named,
        String name,
        String phone,
        String code,
        String villageCode,
        String townCode)
        implements Serializable {

    @Override
    public String toString() {
        return "FeedbackForm[v" + versionNumber + " " + itemKey + " " + type + (named ? " named" : "") + "]";
    }
}
