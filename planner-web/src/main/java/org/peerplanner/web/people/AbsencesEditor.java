package org.peerplanner.web.people;

import org.peerplanner.domain.people.Absence;
import org.peerplanner.web.common.PeriodListEditor;

/** Out-of-office periods: first and last day (inclusive) and an optional reason. */
public class AbsencesEditor extends PeriodListEditor<Absence> {

    public AbsencesEditor() {
        super("Out of office", "Add time off", "No time off planned.", Absence::new, Absence::startsOn,
                Absence::endsOn, Absence::reason);
    }
}
