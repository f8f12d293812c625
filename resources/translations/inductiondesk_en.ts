<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AscTimetableReader</name>
    <message numerus="yes">
        <source>%n card(s) not placed in the timetable were left out.</source>
        <translation>
            <numerusform>%n card not placed in the timetable were left out.</numerusform>
            <numerusform>%n cards not placed in the timetable were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message numerus="yes">
        <source>%n planned session(s) moved to %1, re-planned around their timetable: %2 placed</source>
        <translation>
            <numerusform>%n planned session moved to %1, re-planned around their timetable: %2 placed</numerusform>
            <numerusform>%n planned sessions moved to %1, re-planned around their timetable: %2 placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentChecker</name>
    <message numerus="yes">
        <source>%1 already mentors %n other mentee(s); the school's limit is %2. Make sure they have the time.</source>
        <translation>
            <numerusform>%1 already mentors %n other mentee; the school's limit is %2. Make sure they have the time.</numerusform>
            <numerusform>%1 already mentors %n other mentees; the school's limit is %2. Make sure they have the time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>In %1; the newest %n are kept.</source>
        <translation>
            <numerusform>In %1; the newest %n are kept.</numerusform>
            <numerusform>In %1; the newest %n are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>The newest %n backup are kept.</numerusform>
            <numerusform>The newest %n backups are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n school day</numerusform>
            <numerusform>%n school days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inductiondesk-cli: %1: %n warning(s); nothing was saved. Check the dates against the published calendar, then run again with --accept-warnings to save them.</source>
        <translation>
            <numerusform>inductiondesk-cli: %1: %n warning; nothing was saved. Check the dates against the published calendar, then run again with --accept-warnings to save them.</numerusform>
            <numerusform>inductiondesk-cli: %1: %n warnings; nothing was saved. Check the dates against the published calendar, then run again with --accept-warnings to save them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>"%1" takes at most %n argument(s): %2</source>
        <translation>
            <numerusform>"%1" takes at most %n argument: %2</numerusform>
            <numerusform>"%1" takes at most %n arguments: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) changed too.</source>
        <translation>
            <numerusform>%n other record changed too.</numerusform>
            <numerusform>%n other records changed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message numerus="yes">
        <source>The demo school goes only into an empty database; this one already holds %n person(s)</source>
        <translation>
            <numerusform>The demo school goes only into an empty database; this one already holds %n person</numerusform>
            <numerusform>The demo school goes only into an empty database; this one already holds %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagEngine</name>
    <message numerus="yes">
        <source>%1 has %2 of the %3 hours of mentor training expected by now (%4 hours over %n year(s) from %5).</source>
        <translation>
            <numerusform>%1 has %2 of the %3 hours of mentor training expected by now (%4 hours over %n year from %5).</numerusform>
            <numerusform>%1 has %2 of the %3 hours of mentor training expected by now (%4 hours over %n years from %5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagsCommand</name>
    <message numerus="yes">
        <source>%n flag(s), %1 to %2.</source>
        <translation>
            <numerusform>%n flag, %1 to %2.</numerusform>
            <numerusform>%n flags, %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridTimetableReader</name>
    <message numerus="yes">
        <source>%1: %n lesson(s) not used (InductionDesk plans Monday to Friday).</source>
        <translation>
            <numerusform>%1: %n lesson not used (InductionDesk plans Monday to Friday).</numerusform>
            <numerusform>%1: %n lessons not used (InductionDesk plans Monday to Friday).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStaffCommand</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported.</numerusform>
            <numerusform>%1: %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OversightCommand</name>
    <message numerus="yes">
        <source>Trainee %1: %2 of %n week(s) short of %3 minutes; last week %4 minutes</source>
        <translation>
            <numerusform>Trainee %1: %2 of %n week short of %3 minutes; last week %4 minutes</numerusform>
            <numerusform>Trainee %1: %2 of %n weeks short of %3 minutes; last week %4 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolDayRepository</name>
    <message numerus="yes">
        <source>Period %1 is in %n timetable entries; it cannot be dropped from the school day. Import timetables without it first.</source>
        <translation>
            <numerusform>Period %1 is in %n timetable entries; it cannot be dropped from the school day. Import timetables without it first.</numerusform>
            <numerusform>Period %1 is in %n timetable entries; it cannot be dropped from the school day. Import timetables without it first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffImportService</name>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported</numerusform>
            <numerusform>%1 has %n problems; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffImportUseCases</name>
    <message numerus="yes">
        <source>%1 has problems in %n row(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 has problems in %n row; nothing was imported.</numerusform>
            <numerusform>%1 has problems in %n rows; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsCommand</name>
    <message numerus="yes">
        <source>Red %1, amber %2, green %3, not rated %4; %n item(s) in the support plan.</source>
        <translation>
            <numerusform>Red %1, amber %2, green %3, not rated %4; %n item in the support plan.</numerusform>
            <numerusform>Red %1, amber %2, green %3, not rated %4; %n items in the support plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermDatesInterpreter</name>
    <message numerus="yes">
        <source>%1: %n closure(s) but no term dates; this year is not used</source>
        <translation>
            <numerusform>%1: %n closure but no term dates; this year is not used</numerusform>
            <numerusform>%1: %n closures but no term dates; this year is not used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n closure(s) but no term dates, and too few holidays to work the terms out from; this year is not used</source>
        <translation>
            <numerusform>%1: %n closure but no term dates, and too few holidays to work the terms out from; this year is not used</numerusform>
            <numerusform>%1: %n closures but no term dates, and too few holidays to work the terms out from; this year is not used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no term dates are given; the terms were inferred from the %n school day(s) listed (from line %2): %3</source>
        <translation>
            <numerusform>%1: no term dates are given; the terms were inferred from the %n school day listed (from line %2): %3</numerusform>
            <numerusform>%1: no term dates are given; the terms were inferred from the %n school days listed (from line %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: only %n term(s) were found (%2); a school year has three</source>
        <translation>
            <numerusform>%1: only %n term were found (%2); a school year has three</numerusform>
            <numerusform>%1: only %n terms were found (%2); a school year has three</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the %2 (%3 to %4) has %n school day(s); a term usually has between %5 and %6</source>
        <translation>
            <numerusform>%1: the %2 (%3 to %4) has %n school day; a term usually has between %5 and %6</numerusform>
            <numerusform>%1: the %2 (%3 to %4) has %n school days; a term usually has between %5 and %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no term dates were found (%n event(s) read)</source>
        <translation>
            <numerusform>no term dates were found (%n event read)</numerusform>
            <numerusform>no term dates were found (%n events read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermDatesService</name>
    <message numerus="yes">
        <source>%1: no term dates were found (%n event(s) read)</source>
        <translation type="vanished">
            <numerusform>%1: no term dates were found (%n event read)</numerusform>
            <numerusform>%1: no term dates were found (%n events read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingCommand</name>
    <message numerus="yes">
        <source>%1 from %2 (%3 rules): %4 of %5 hours over %n year(s), %6 expected by now%7</source>
        <translation>
            <numerusform>%1 from %2 (%3 rules): %4 of %5 hours over %n year, %6 expected by now%7</numerusform>
            <numerusform>%1 from %2 (%3 rules): %4 of %5 hours over %n years, %6 expected by now%7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::AssignMentorDialog</name>
    <message numerus="yes">
        <source>Mo&amp;ve the %n planned session(s) from %1 to the new mentor, re-planned around their timetable</source>
        <translation>
            <numerusform>Mo&amp;ve the %n planned session from %1 to the new mentor, re-planned around their timetable</numerusform>
            <numerusform>Mo&amp;ve the %n planned sessions from %1 to the new mentor, re-planned around their timetable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::CalendarActions</name>
    <message numerus="yes">
        <source>Imported %n bank holiday(s) for %1 from %2; other years are kept</source>
        <translation>
            <numerusform>Imported %n bank holiday for %1 from %2; other years are kept</numerusform>
            <numerusform>Imported %n bank holidays for %1 from %2; other years are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::CalendarPage</name>
    <message numerus="yes">
        <source>Teaching hours are the %n lesson(s). Contracted time: %1.</source>
        <translation>
            <numerusform>Teaching hours are the %n lesson. Contracted time: %1.</numerusform>
            <numerusform>Teaching hours are the %n lessons. Contracted time: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::IcsImportDialog</name>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n school day</numerusform>
            <numerusform>%n school days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s)</source>
        <translation>
            <numerusform>%n closure</numerusform>
            <numerusform>%n closures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::MentorsPage</name>
    <message numerus="yes">
        <source>%1. %n item(s) in the support plan; training %2.</source>
        <translation>
            <numerusform>%1. %n item in the support plan; training %2.</numerusform>
            <numerusform>%1. %n items in the support plan; training %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::OversightTab</name>
    <message numerus="yes">
        <source>%1: %2 of %n week(s) under %3 min; last week %4 min</source>
        <translation>
            <numerusform>%1: %2 of %n week under %3 min; last week %4 min</numerusform>
            <numerusform>%1: %2 of %n weeks under %3 min; last week %4 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>%1 h over %n year(s)</source>
        <translation>
            <numerusform>%1 h over %n year</numerusform>
            <numerusform>%1 h over %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::ReportPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::StaffImportWizard</name>
    <message numerus="yes">
        <source>%1; %n row(s) with something in them</source>
        <translation>
            <numerusform>%1; %n row with something in them</numerusform>
            <numerusform>%1; %n rows with something in them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n row(s).</source>
        <translation>
            <numerusform>No problems in %n row.</numerusform>
            <numerusform>No problems in %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). Correct them in the file (or the column choices) and import again; nothing has been changed.</source>
        <translation>
            <numerusform>%n problem. Correct them in the file (or the column choices) and import again; nothing has been changed.</numerusform>
            <numerusform>%n problems. Correct them in the file (or the column choices) and import again; nothing has been changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::ThisWeekPage</name>
    <message numerus="yes">
        <source>%n flag(s) to act on</source>
        <translation>
            <numerusform>%n flag to act on</numerusform>
            <numerusform>%n flags to act on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flag(s)</source>
        <translation>
            <numerusform>%1: %n flag</numerusform>
            <numerusform>%1: %n flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::TimetableImportWizard</name>
    <message numerus="yes">
        <source>%n not matched, shown first.</source>
        <translation>
            <numerusform>%n not matched, shown first.</numerusform>
            <numerusform>%n not matched, shown first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timetable(s) to save</source>
        <translation>
            <numerusform>%n timetable to save</numerusform>
            <numerusform>%n timetables to save</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them change.</source>
        <translation>
            <numerusform>%n of them change.</numerusform>
            <numerusform>%n of them change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idesk::ui::TrainingTab</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 (%3 rules): %4 of %5 hours over %n year(s), by %6; %7 expected by now.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; from %2 (%3 rules): %4 of %5 hours over %n year, by %6; %7 expected by now.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; from %2 (%3 rules): %4 of %5 hours over %n years, by %6; %7 expected by now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hours attended in all (%2); %n event(s) attended, %3 missed.</source>
        <translation>
            <numerusform>%1 hours attended in all (%2); %n event attended, %3 missed.</numerusform>
            <numerusform>%1 hours attended in all (%2); %n events attended, %3 missed.</numerusform>
        </translation>
    </message>
</context>
</TS>