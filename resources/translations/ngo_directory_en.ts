<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeleteEntry</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="27"/>
        <source>%n office(s): %1</source>
        <translation>
            <numerusform>%n office: %1</numerusform>
            <numerusform>%n offices: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="30"/>
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n contact point</numerusform>
            <numerusform>%n contact points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="31"/>
        <source>%n people&apos;s role(s) in it</source>
        <translation>
            <numerusform>%n people&apos;s role in it</numerusform>
            <numerusform>%n people&apos;s roles in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="32"/>
        <source>%n link(s) to other organisations</source>
        <translation>
            <numerusform>%n link to other organisations</numerusform>
            <numerusform>%n links to other organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="34"/>
        <source>%n other name(s)</source>
        <translation>
            <numerusform>%n other name</numerusform>
            <numerusform>%n other names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="35"/>
        <source>%n publication(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="39"/>
        <source>%n person(s) will remain in the directory with no organisation</source>
        <translation>
            <numerusform>%n person will remain in the directory with no organisation</numerusform>
            <numerusform>%n people will remain in the directory with no organisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorHub</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/wiring.py" line="131"/>
        <source>Mark %n organisation(s) as verified</source>
        <translation>
            <numerusform>Mark %n organisation as verified</numerusform>
            <numerusform>Mark %n organisations as verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/export_dialog.py" line="307"/>
        <source>Exported %n card(s) to </source>
        <translation>
            <numerusform>Exported %n card to </numerusform>
            <numerusform>Exported %n cards to </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/export_dialog.py" line="309"/>
        <source>Exported %n row(s) to </source>
        <translation>
            <numerusform>Exported %n row to </numerusform>
            <numerusform>Exported %n rows to </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/history_view.py" line="128"/>
        <source>Revert of an earlier change (%n change(s))</source>
        <translation>
            <numerusform>Revert of an earlier change (%n change)</numerusform>
            <numerusform>Revert of an earlier change (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="178"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="179"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="180"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="181"/>
        <source>(%n skipped)</source>
        <translation>
            <numerusform>(%n skipped)</numerusform>
            <numerusform>(%n skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="182"/>
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="183"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="184"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="187"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n is listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/labels.py" line="21"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/main_window.py" line="362"/>
        <source>More than %n entries are selected: copying so many at once would hold up the window. File &gt; Export writes them to a file, with progress and Cancel.</source>
        <translation>
            <numerusform>More than %n entry is selected: copying so many at once would hold up the window. File &gt; Export writes them to a file, with progress and Cancel.</numerusform>
            <numerusform>More than %n entries are selected: copying so many at once would hold up the window. File &gt; Export writes them to a file, with progress and Cancel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="83"/>
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n contact point</numerusform>
            <numerusform>%n contact points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="84"/>
        <source>%n other name(s)</source>
        <translation>
            <numerusform>%n other name</numerusform>
            <numerusform>%n other names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="85"/>
        <source>%n person&apos;s role(s)</source>
        <translation>
            <numerusform>%n person&apos;s role</numerusform>
            <numerusform>%n people&apos;s roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="86"/>
        <source>%n publication(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="87"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="88"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="89"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="90"/>
        <source>%n focus area(s)</source>
        <translation>
            <numerusform>%n focus area</numerusform>
            <numerusform>%n focus areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="91"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="141"/>
        <source>%n identical contact point(s) will not be doubled.</source>
        <translation>
            <numerusform>%n identical contact point will not be doubled.</numerusform>
            <numerusform>%n identical contact points will not be doubled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/opening.py" line="40"/>
        <source>The newest good backup is from %1 (%n organisation(s)).</source>
        <translation>
            <numerusform>The newest good backup is from %1 (%n organisation).</numerusform>
            <numerusform>The newest good backup is from %1 (%n organisations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/org_editor.py" line="289"/>
        <source>Recognised %n item(s) (contact points, people, offices); check them before saving.</source>
        <translation>
            <numerusform>Recognised %n item (contact points, people, offices); check them before saving.</numerusform>
            <numerusform>Recognised %n items (contact points, people, offices); check them before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/org_editor.py" line="292"/>
        <source>%n e-mail address(es) were withheld by the source (“[email protected]”); add them by hand.</source>
        <translation>
            <numerusform>%n e-mail address was withheld by the source (“[email protected]”); add it by hand.</numerusform>
            <numerusform>%n e-mail addresses were withheld by the source (“[email protected]”); add them by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="275"/>
        <source>%n organisation(s).</source>
        <translation>
            <numerusform>%n organisation.</numerusform>
            <numerusform>%n organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="277"/>
        <source>The preview shows the first %n; printing and export include them all.</source>
        <translation>
            <numerusform>The preview shows the first %n; printing and export include them all.</numerusform>
            <numerusform>The preview shows the first %n; printing and export include them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="329"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="97"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="98"/>
        <source>%n+ person(s)</source>
        <translation>
            <numerusform>%n+ person</numerusform>
            <numerusform>%n+ people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="99"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="100"/>
        <source>%n+ organisation(s)</source>
        <translation>
            <numerusform>%n+ organisation</numerusform>
            <numerusform>%n+ organisations</numerusform>
        </translation>
    </message>
</context>
</TS>
