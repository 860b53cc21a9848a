<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <location filename="../../directory_app/ui/application.py" line="62"/>
        <source>Sample handbook (temporary copy) — NGO Directory</source>
        <translation>Образец справочника (временная копия) — Справочник НКО</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="29"/>
        <location filename="../../directory_app/ui/backups_dialog.py" line="32"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="34"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="34"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="34"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="34"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="44"/>
        <source>Restoring backs up the current state first; nothing is lost.</source>
        <translation>Перед восстановлением сохраняется текущее состояние; ничего не теряется.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="57"/>
        <source>There are no backups of this directory yet.</source>
        <translation>У этого справочника пока нет резервных копий.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="66"/>
        <source>Made by hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="66"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="67"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="68"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="69"/>
        <source>Before a merge</source>
        <translation>Перед объединением</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="72"/>
        <source>Before undoing import %1</source>
        <translation>Перед отменой импорта %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="73"/>
        <source>Before an upgrade from %1</source>
        <translation>Перед обновлением с версии %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="93"/>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/backups_dialog.py" line="97"/>
        <source>Restored the backup from %1; the state before it is backed up as %2.</source>
        <translation>Восстановлена резервная копия от %1; прежнее состояние сохранено как %2.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="32"/>
        <source>%1 is required.</source>
        <translation>%1 — обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="42"/>
        <source>This is not an e-mail address; expected something like name@example.org.</source>
        <translation>Это не адрес эл. почты; ожидается что-то вроде name@example.org.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="53"/>
        <source>This is not a web address; expected something like example.org.</source>
        <translation>Это не веб-адрес; ожидается что-то вроде example.org.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="62"/>
        <source>A phone number needs at least five digits.</source>
        <translation>В номере телефона должно быть не меньше пяти цифр.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="64"/>
        <source>A phone number may contain digits, spaces, +, - and brackets only.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, +, - и скобки.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="75"/>
        <source>Stored as %1</source>
        <translation>Сохраняется как %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="76"/>
        <source>Kept as written: it could not be read as an international number.</source>
        <translation>Сохранён как написан: не удалось распознать международный номер.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="83"/>
        <source>Expected a year such as 1992.</source>
        <translation>Ожидается год, например 1992.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/fields.py" line="93"/>
        <source>Expected a date as YYYY-MM-DD, for example 1996-03-01.</source>
        <translation>Ожидается дата в виде ГГГГ-ММ-ДД, например 1996-03-01.</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="488"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="490"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="494"/>
        <source>Save rejected records…</source>
        <translation>Сохранить отклонённые записи…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="513"/>
        <source>Backing up, then importing…</source>
        <translation>Создание резервной копии, затем импорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="535"/>
        <source>The import failed and nothing was changed: </source>
        <translation>Импорт не удался, ничего не изменено: </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="538"/>
        <source>Save rejected records</source>
        <translation>Сохранение отклонённых записей</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="57"/>
        <source>An address needs at least a street, PO box or city.</source>
        <translation>В адресе нужна хотя бы улица, абонентский ящик или город.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="61"/>
        <source>The value is required.</source>
        <translation>Значение обязательно.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="96"/>
        <source>Contact points</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="97"/>
        <source>&amp;Add contact point</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="98"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="100"/>
        <source>Kind of contact</source>
        <translation>Тип контакта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="102"/>
        <source>Privacy of the contact point</source>
        <translation>Доступ к контакту</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="104"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="115"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="116"/>
        <source>Label:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="117"/>
        <source>Privacy:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="148"/>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="148"/>
        <source>PO box:</source>
        <translation>Абонентский ящик:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="149"/>
        <source>Postal code:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="149"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="150"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="150"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="157"/>
        <source>The number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="159"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="160"/>
        <location filename="../../directory_app/ui/editors/contacts.py" line="163"/>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="162"/>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="165"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="171"/>
        <source>Messenger service</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="172"/>
        <source>The handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="173"/>
        <source>Handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="174"/>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="175"/>
        <source>Handle:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="177"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="177"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="178"/>
        <source>Web address:</source>
        <translation>Веб-адрес:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="243"/>
        <source>No contact points yet: “Add contact point” adds a phone, e-mail, web address or postal address.</source>
        <translation>Контактов пока нет: кнопка «Добавить контакт» добавляет телефон, эл. почту, веб-адрес или почтовый адрес.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="245"/>
        <source>Choose a contact point in the list to edit it.</source>
        <translation>Выберите контакт в списке, чтобы изменить его.</translation>
    </message>
</context>
<context>
    <name>DeleteEntry</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="27"/>
        <source>%n office(s): %1</source>
        <translation>
            <numerusform>%n отделение: %1</numerusform>
            <numerusform>%n отделения: %1</numerusform>
            <numerusform>%n отделений: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="30"/>
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="31"/>
        <source>%n people&apos;s role(s) in it</source>
        <translation>
            <numerusform>%n роль человека в ней</numerusform>
            <numerusform>%n роли людей в ней</numerusform>
            <numerusform>%n ролей людей в ней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="32"/>
        <source>%n link(s) to other organisations</source>
        <translation>
            <numerusform>%n связь с другими организациями</numerusform>
            <numerusform>%n связи с другими организациями</numerusform>
            <numerusform>%n связей с другими организациями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="34"/>
        <source>%n other name(s)</source>
        <translation>
            <numerusform>%n другое название</numerusform>
            <numerusform>%n других названия</numerusform>
            <numerusform>%n других названий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="35"/>
        <source>%n publication(s)</source>
        <translation>
            <numerusform>%n издание</numerusform>
            <numerusform>%n издания</numerusform>
            <numerusform>%n изданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/delete.py" line="39"/>
        <source>%n person(s) will remain in the directory with no organisation</source>
        <translation>
            <numerusform>%n человек останется в справочнике без организации</numerusform>
            <numerusform>%n человека останутся в справочнике без организации</numerusform>
            <numerusform>%n человек останутся в справочнике без организации</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="53"/>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="54"/>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="57"/>
        <source>This also deletes:</source>
        <translation>Вместе с ней удаляются:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="59"/>
        <source>Nothing else is attached to this entry.</source>
        <translation>С этой записью больше ничего не связано.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="60"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Это можно отменить: Правка › Отменить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="64"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="81"/>
        <location filename="../../directory_app/ui/editors/delete.py" line="92"/>
        <source>Delete “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="44"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="46"/>
        <source>Founded</source>
        <translation>Основана</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="54"/>
        <source>Size</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="50"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="43"/>
        <source>Consent to be listed</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="45"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="47"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="48"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="49"/>
        <source>Listed under</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="51"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="52"/>
        <source>Publications</source>
        <translation>Издания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="53"/>
        <source>Related organisations</source>
        <translation>Связанные организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="55"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="56"/>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="57"/>
        <source>never</source>
        <translation>не проводилась</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="58"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_html.py" line="59"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../../directory_app/ui/details_view.py" line="38"/>
        <source>Entry details</source>
        <extracomment>The entry now shown (None when the pane is empty). Back or Forward became available or unavailable.</extracomment>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/details_view.py" line="115"/>
        <source>Select an entry to see its details.</source>
        <translation>Выберите запись, чтобы увидеть сведения о ней.</translation>
    </message>
</context>
<context>
    <name>EditorHub</name>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="62"/>
        <source>Cannot undo</source>
        <translation>Отменить не удалось</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="63"/>
        <source>The change was not undone: %1</source>
        <translation>Изменение не отменено: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="89"/>
        <source>Select an entry to edit.</source>
        <translation>Выберите запись для изменения.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="98"/>
        <source>Select an entry to delete.</source>
        <translation>Выберите запись для удаления.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="103"/>
        <source>Deleted. Undo brings it back.</source>
        <translation>Удалено. Команда «Отменить» вернёт запись.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="114"/>
        <source>Select exactly two organisations, or two people, to merge.</source>
        <translation>Для объединения выберите ровно две организации или двух людей.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="122"/>
        <source>Select the organisations you have checked.</source>
        <translation>Выберите организации, которые вы проверили.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/wiring.py" line="131"/>
        <source>Mark %n organisation(s) as verified</source>
        <translation>
            <numerusform>Отметить %n организацию как проверенную</numerusform>
            <numerusform>Отметить %n организации как проверенные</numerusform>
            <numerusform>Отметить %n организаций как проверенные</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="133"/>
        <source>Marked as verified today.</source>
        <translation>Отмечено как проверенное сегодня.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/wiring.py" line="138"/>
        <source>Select an entry to see its history.</source>
        <translation>Выберите запись, чтобы увидеть её историю.</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="110"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="111"/>
        <source>Dormant</source>
        <translation>Не действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="112"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="113"/>
        <source>Unverified</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="114"/>
        <source>Proposed</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="120"/>
        <source>Public</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="121"/>
        <source>Internal</source>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="122"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="128"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="129"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="130"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="131"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="132"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="133"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="134"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="140"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="141"/>
        <source>Member of network</source>
        <translation>Член сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="142"/>
        <source>Founding member of</source>
        <translation>Учредитель</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="143"/>
        <source>Branch of</source>
        <translation>Отделение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="144"/>
        <source>Funded by</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="145"/>
        <source>Accredited by</source>
        <translation>Аккредитована при</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="151"/>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="152"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="153"/>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="159"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="160"/>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="161"/>
        <source>Native script</source>
        <translation>На языке оригинала</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="162"/>
        <source>Former name</source>
        <translation>Прежнее название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="169"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="170"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="171"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="172"/>
        <source>Founded in</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="173"/>
        <source>Size</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="174"/>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="175"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="176"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="177"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="178"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="179"/>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="180"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="181"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="182"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="183"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="184"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="185"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="186"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="187"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="188"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="189"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="190"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="191"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="192"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="193"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="194"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="195"/>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="196"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="197"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="198"/>
        <location filename="../../directory_app/ui/labels.py" line="228"/>
        <location filename="../../directory_app/ui/labels.py" line="230"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="199"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="200"/>
        <location filename="../../directory_app/ui/labels.py" line="226"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="201"/>
        <location filename="../../directory_app/ui/labels.py" line="264"/>
        <source>Parent organisation</source>
        <translation>Головная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="202"/>
        <location filename="../../directory_app/ui/labels.py" line="221"/>
        <location filename="../../directory_app/ui/labels.py" line="257"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="203"/>
        <location filename="../../directory_app/ui/labels.py" line="222"/>
        <location filename="../../directory_app/ui/labels.py" line="258"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="204"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="205"/>
        <source>Sort key</source>
        <translation>Ключ сортировки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="206"/>
        <source>Phone (E.164)</source>
        <translation>Телефон (E.164)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="207"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="208"/>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="209"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="210"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="211"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="212"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="213"/>
        <source>Primary</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="214"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="215"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="223"/>
        <source>Contact point</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="224"/>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="225"/>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="227"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="229"/>
        <source>Focus area</source>
        <translation>Направление работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="236"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="237"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="238"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="239"/>
        <source>linked</source>
        <translation>связано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="240"/>
        <source>unlinked</source>
        <translation>связь убрана</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="247"/>
        <source>⚑ internal</source>
        <translation>⚑ для внутреннего пользования</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="249"/>
        <source>⚑ confidential</source>
        <translation>⚑ конфиденциально</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="259"/>
        <source>Organisation address</source>
        <translation>Адрес организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="260"/>
        <source>Person&apos;s address</source>
        <translation>Адрес человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="262"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="263"/>
        <source>Parent organisation&apos;s UID</source>
        <translation>UID головной организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="265"/>
        <source>Extra properties</source>
        <translation>Дополнительные свойства</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="266"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="267"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="268"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="269"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="270"/>
        <source>Publications</source>
        <translation>Издания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="271"/>
        <source>Partners and networks</source>
        <translation>Партнёры и сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="272"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="230"/>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="104"/>
        <source>One row per person in an organisation (complete)</source>
        <translation>По строке на каждого человека в организации (полностью)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="88"/>
        <source>CSV (spreadsheets, mail merge)</source>
        <translation>CSV (таблицы, рассылки)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="89"/>
        <source>vCard (phones, address books)</source>
        <translation>vCard (телефоны, адресные книги)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="90"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="92"/>
        <source>vCard 3.0 (widest support)</source>
        <translation>vCard 3.0 (понимают почти все)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="93"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="94"/>
        <source>vCard version</source>
        <translation>Версия vCard</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="97"/>
        <source>All cards in one .vcf file</source>
        <translation>Все карточки в одном файле .vcf</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="98"/>
        <source>One file per card, in a new folder</source>
        <translation>По файлу на карточку, в новой папке</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="99"/>
        <source>One file per card, in a zip archive</source>
        <translation>По файлу на карточку, в zip-архиве</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="101"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="106"/>
        <source>One row per organisation</source>
        <translation>По строке на организацию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="107"/>
        <source>One row per person</source>
        <translation>По строке на человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="110"/>
        <source>Public only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="111"/>
        <source>Up to internal</source>
        <translation>Открытые и внутренние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="112"/>
        <source>Everything, confidential too</source>
        <translation>Всё, включая конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="114"/>
        <source>This file will contain information that is not public. Share it only with people allowed to see it.</source>
        <translation>В этом файле будут сведения не для открытого доступа. Передавайте его только тем, кому разрешено их видеть.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="119"/>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 с BOM (Excel)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="123"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="123"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="124"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="81"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="128"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="130"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="131"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="138"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="141"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="148"/>
        <source>Entries:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="149"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="150"/>
        <source>&amp;Privacy:</source>
        <translation>&amp;Доступ:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="155"/>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="179"/>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="180"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="181"/>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="210"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="185"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="127"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="193"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="194"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="195"/>
        <source>Organisations become company cards; people their own cards with organisation and role. People the profile names only by role get no card.</source>
        <translation>Организации станут карточками компаний, люди — своими карточками с организацией и ролью. Люди, которых профиль называет только по роли, карточек не получат.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="209"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="233"/>
        <source>An empty folder for the cards</source>
        <translation>Пустая папка для карточек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="235"/>
        <location filename="../../directory_app/ui/export_dialog.py" line="238"/>
        <source>Export as vCards</source>
        <translation>Экспорт в vCard</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="236"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-архив (*.zip)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="270"/>
        <source>Choose a file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="273"/>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="276"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="305"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/export_dialog.py" line="307"/>
        <source>Exported %n card(s) to </source>
        <translation>
            <numerusform>Экспортирована %n карточка в </numerusform>
            <numerusform>Экспортированы %n карточки в </numerusform>
            <numerusform>Экспортировано %n карточек в </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/export_dialog.py" line="309"/>
        <source>Exported %n row(s) to </source>
        <translation>
            <numerusform>Экспортирована %n строка в </numerusform>
            <numerusform>Экспортированы %n строки в </numerusform>
            <numerusform>Экспортировано %n строк в </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/export_dialog.py" line="312"/>
        <source>Nothing was written: </source>
        <translation>Ничего не записано: </translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../directory_app/ui/features.py" line="47"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/features.py" line="48"/>
        <source>This directory is open read-only.</source>
        <translation>Этот справочник открыт только для чтения.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/features.py" line="75"/>
        <source>The daily backup failed: %1</source>
        <translation>Ежедневная резервная копия не создана: %1</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../directory_app/ui/files.py" line="69"/>
        <source>Open Directory</source>
        <translation>Открыть справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="89"/>
        <source>New Directory</source>
        <translation>Новый справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="83"/>
        <source>%1 already exists. Choose File &gt; Open to open it.</source>
        <translation>%1 уже существует. Чтобы открыть его, выберите «Файл &gt; Открыть».</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="50"/>
        <source>Encryption is not offered: this copy of the app has no SQLCipher library (the Python package “sqlcipher3”). Plain directories work as usual.</source>
        <translation>Шифрование недоступно: в этой копии программы нет библиотеки SQLCipher (пакета Python «sqlcipher3»). Обычные справочники работают как прежде.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="97"/>
        <source>New Encrypted Directory</source>
        <translation>Новый зашифрованный справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="111"/>
        <source>%1 is encrypted; it opens only with its passphrase.</source>
        <translation>%1 зашифрован: он открывается только с паролем.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="130"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="141"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="144"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/files.py" line="145"/>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="209"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="212"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="217"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="226"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="226"/>
        <source>Spreadsheets and address books (*.csv *.tsv *.txt *.vcf *.vcard *.zip);;All files (*)</source>
        <translation>Таблицы и адресные книги (*.csv *.tsv *.txt *.vcf *.vcard *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="238"/>
        <source>This kind of file cannot be imported.</source>
        <translation>Файлы такого типа импортировать нельзя.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="23"/>
        <source>Welcome to NGO Directory</source>
        <translation>Добро пожаловать в Справочник НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;This directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;You can load the sample handbook (Amnesty International - Russia, Memorial, the Moscow Helsinki Group and their partners) to look around, import your own list from a CSV or vCard file, or start with an empty directory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Этот справочник пуст.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Можно загрузить образец справочника (Amnesty International - Россия, «Мемориал», Московская Хельсинкская группа и их партнёры), чтобы осмотреться, импортировать свой список из файла CSV или vCard или начать с пустого справочника.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="31"/>
        <source>Load the &amp;Sample Handbook</source>
        <translation>Загрузить &amp;образец справочника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="32"/>
        <source>&amp;Import a File…</source>
        <translation>&amp;Импортировать файл…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="35"/>
        <source>Importing is not available in this build.</source>
        <translation>Импорт в этой сборке недоступен.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/first_start.py" line="36"/>
        <source>Start &amp;Empty</source>
        <translation>Начать с &amp;пустого</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="260"/>
        <source>Encoding and delimiter</source>
        <translation>Кодировка и разделитель</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="268"/>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="271"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="273"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="191"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="57"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="57"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="57"/>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="58"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="61"/>
        <source>&amp;Revert this change</source>
        <translation>&amp;Отменить это изменение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="124"/>
        <source>No changes recorded for this entry.</source>
        <translation>Для этой записи изменений не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/history_view.py" line="128"/>
        <source>Revert of an earlier change (%n change(s))</source>
        <translation>
            <numerusform>Отмена прежнего изменения (%n изменение)</numerusform>
            <numerusform>Отмена прежнего изменения (%n изменения)</numerusform>
            <numerusform>Отмена прежнего изменения (%n изменений)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="131"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="135"/>
        <source>reverted</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="142"/>
        <source>%1: %2 %3</source>
        <comment>entity: field changed</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="145"/>
        <source>%1 %2: %3</source>
        <comment>entity added/deleted: what</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="171"/>
        <source>Revert: %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="175"/>
        <source>Not reverted: %1</source>
        <translation>Не отменено: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="176"/>
        <source>Cannot revert</source>
        <translation>Отменить нельзя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="180"/>
        <source>Reverted. Undo (Ctrl+Z) brings the change back.</source>
        <translation>Отменено. Команда «Отменить» (Ctrl+Z) вернёт изменение.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../directory_app/ui/idle_lock.py" line="83"/>
        <source>Cannot open the directory</source>
        <translation>Не удаётся открыть справочник</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="102"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="103"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="104"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="105"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="109"/>
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="110"/>
        <location filename="../../directory_app/ui/import_wizard.py" line="117"/>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="111"/>
        <source>add as new</source>
        <translation>добавить как новую</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="112"/>
        <source>merge</source>
        <translation>объединить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="116"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="118"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="119"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="173"/>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Импорт из %1 отменён: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="175"/>
        <source>Would import %1:</source>
        <translation>Будет импортировано из %1:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="176"/>
        <source>Imported %1:</source>
        <translation>Импортировано из %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="178"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="179"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="180"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n вероятный дубликат</numerusform>
            <numerusform>%n вероятных дубликата</numerusform>
            <numerusform>%n вероятных дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="181"/>
        <source>(%n skipped)</source>
        <translation>
            <numerusform>(%n пропущен)</numerusform>
            <numerusform>(%n пропущены)</numerusform>
            <numerusform>(%n пропущено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="182"/>
        <source>%n with errors</source>
        <translation>
            <numerusform>%n с ошибками</numerusform>
            <numerusform>%n с ошибками</numerusform>
            <numerusform>%n с ошибками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="183"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="184"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/import_wizard.py" line="187"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>В списке первая %n запись.</numerusform>
            <numerusform>В списке первые %n записи.</numerusform>
            <numerusform>В списке первые %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="126"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/labels.py" line="21"/>
        <source>%n selected</source>
        <translation>
            <numerusform>выбрана %n запись</numerusform>
            <numerusform>выбраны %n записи</numerusform>
            <numerusform>выбрано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="26"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="27"/>
        <source>Local group</source>
        <translation>Местная группа</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="28"/>
        <source>Branch office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="29"/>
        <source>Information office</source>
        <translation>Информационное бюро</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="30"/>
        <source>Resource centre</source>
        <translation>Ресурсный центр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="31"/>
        <source>Network or coalition</source>
        <translation>Сеть или коалиция</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="32"/>
        <source>Public body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="33"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="40"/>
        <source>Partner of</source>
        <translation>Партнёр организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="40"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="41"/>
        <source>Member of network</source>
        <translation>Член сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="42"/>
        <source>Network member</source>
        <translation>Участник сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="43"/>
        <source>Founding member of</source>
        <translation>Учредитель</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="44"/>
        <source>Founded by</source>
        <translation>Учреждена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="45"/>
        <source>Branch of</source>
        <translation>Отделение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="45"/>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="46"/>
        <source>Funded by</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="46"/>
        <source>Funds</source>
        <translation>Финансирует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="47"/>
        <source>Accredited by</source>
        <translation>Аккредитована при</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="47"/>
        <source>Accredits</source>
        <translation>Аккредитует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="53"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="54"/>
        <source>Tel</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="55"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="56"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="57"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="58"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="59"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="65"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="66"/>
        <source>dormant</source>
        <translation>не активна</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="67"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="68"/>
        <source>unverified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="69"/>
        <source>proposed</source>
        <translation>в проекте</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="75"/>
        <source>public</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="76"/>
        <source>internal</source>
        <translation>для своих</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="77"/>
        <source>confidential</source>
        <translation>конфиденциально</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="89"/>
        <source>region %1</source>
        <translation>регион %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="91"/>
        <source>kind %1</source>
        <translation>тип: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="94"/>
        <source>focus area %1</source>
        <translation>направление работы: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="96"/>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="99"/>
        <source>the whole directory</source>
        <translation>весь справочник</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="96"/>
        <location filename="../../directory_app/ui/main_window.py" line="234"/>
        <source>Organisations</source>
        <extracomment>Another directory file is now open (after File &gt; New, Open, Open Recent).</extracomment>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="97"/>
        <location filename="../../directory_app/ui/main_window.py" line="235"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="101"/>
        <location filename="../../directory_app/ui/main_window.py" line="236"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="288"/>
        <source>Nothing matches “%1”.
Try fewer or shorter words; names can be typed in Latin or Cyrillic letters.</source>
        <translation>По запросу «%1» ничего не найдено.
Попробуйте меньше слов или более короткие слова; названия можно вводить латиницей или кириллицей.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="291"/>
        <source>The directory is empty.
Use File &gt; Import, or add an organisation.</source>
        <translation>Справочник пуст.
Выберите «Файл &gt; Импорт» или добавьте организацию.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="293"/>
        <source>Nothing is listed here.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/main_window.py" line="362"/>
        <source>More than %n entries are selected: copying so many at once would hold up the window. File &gt; Export writes them to a file, with progress and Cancel.</source>
        <translation>
            <numerusform>Выбрано больше %n записи: копирование стольких за раз надолго займёт окно. Файл &gt; Экспорт запишет их в файл, с ходом работы и отменой.</numerusform>
            <numerusform>Выбрано больше %n записей: копирование стольких за раз надолго займёт окно. Файл &gt; Экспорт запишет их в файл, с ходом работы и отменой.</numerusform>
            <numerusform>Выбрано больше %n записей: копирование стольких за раз надолго займёт окно. Файл &gt; Экспорт запишет их в файл, с ходом работы и отменой.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="373"/>
        <source>Too many entries to copy</source>
        <translation>Слишком много записей для копирования</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="375"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="386"/>
        <source>No e-mail addresses to copy under the chosen profile.</source>
        <translation>В выбранном профиле нет адресов эл. почты для копирования.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="394"/>
        <source>Select an organisation to copy.</source>
        <translation>Выберите организацию для копирования.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="415"/>
        <source>Nothing to copy: select an entry the chosen profile lets out.</source>
        <translation>Нечего копировать: выберите запись, которую выбранный профиль разрешает передать.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="422"/>
        <location filename="../../directory_app/ui/main_window.py" line="429"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="452"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="453"/>
        <source>%1 — NGO Directory</source>
        <translation>%1 — Справочник НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="481"/>
        <source>About NGO Directory</source>
        <translation>О программе «Справочник НКО»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="482"/>
        <source>&lt;h3&gt;NGO Directory %1&lt;/h3&gt;&lt;p&gt;A local directory of NGOs, local groups, offices, people and partnerships, kept current by its coordinators.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Справочник НКО %1&lt;/h3&gt;&lt;p&gt;Локальный справочник НКО, местных групп, представительств, людей и партнёрств, который ведут координаторы.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="314"/>
        <source>Columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="320"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="320"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="321"/>
        <source>Goes to</source>
        <translation>Куда записывается</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="317"/>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Сохранить как шаблон…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="324"/>
        <source>Columns and where they go</source>
        <translation>Столбцы и куда они записываются</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="325"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="335"/>
        <source>(detected)</source>
        <translation>(определено автоматически)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="355"/>
        <source>Where “%1” goes</source>
        <translation>Куда записывается «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="356"/>
        <source>(kept as an extra property)</source>
        <translation>(сохраняется как дополнительное свойство)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="385"/>
        <source>Save preset</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="385"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="54"/>
        <source>Merge people</source>
        <translation>Объединение людей</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="55"/>
        <source>Merge organisations</source>
        <translation>Объединение организаций</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="65"/>
        <source>&amp;Keep the other one instead</source>
        <translation>&amp;Оставить другую запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="67"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="83"/>
        <source>%n contact point(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="84"/>
        <source>%n other name(s)</source>
        <translation>
            <numerusform>%n другое название</numerusform>
            <numerusform>%n других названия</numerusform>
            <numerusform>%n других названий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="85"/>
        <source>%n person&apos;s role(s)</source>
        <translation>
            <numerusform>%n роль человека</numerusform>
            <numerusform>%n роли людей</numerusform>
            <numerusform>%n ролей людей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="86"/>
        <source>%n publication(s)</source>
        <translation>
            <numerusform>%n издание</numerusform>
            <numerusform>%n издания</numerusform>
            <numerusform>%n изданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="87"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n отделение</numerusform>
            <numerusform>%n отделения</numerusform>
            <numerusform>%n отделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="88"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="89"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n регион</numerusform>
            <numerusform>%n региона</numerusform>
            <numerusform>%n регионов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="90"/>
        <source>%n focus area(s)</source>
        <translation>
            <numerusform>%n направление работы</numerusform>
            <numerusform>%n направления работы</numerusform>
            <numerusform>%n направлений работы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="91"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n роль</numerusform>
            <numerusform>%n роли</numerusform>
            <numerusform>%n ролей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="100"/>
        <source>“%1” will be kept; “%2” will be merged into it and then deleted. Choose which value to keep where they differ.</source>
        <translation>«%1» остаётся; «%2» будет объединена с ней и затем удалена. Выберите, какое значение оставить там, где они различаются.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="110"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="110"/>
        <source>Kept entry</source>
        <translation>Остающаяся запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="111"/>
        <source>Other entry</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="115"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="134"/>
        <source>The two entries agree on every field.</source>
        <translation>Обе записи совпадают во всех полях.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="137"/>
        <source>Moves to the kept entry: %1.</source>
        <translation>Переходит к остающейся записи: %1.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="138"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="141"/>
        <source>%n identical contact point(s) will not be doubled.</source>
        <translation>
            <numerusform>%n одинаковый контакт не будет продублирован.</numerusform>
            <numerusform>%n одинаковых контакта не будут продублированы.</numerusform>
            <numerusform>%n одинаковых контактов не будут продублированы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="153"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединение «%1» с «%2»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="162"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="163"/>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="65"/>
        <source>Navigator</source>
        <extracomment>The counts of the latest refresh are shown.</extracomment>
        <translation>Навигатор</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="121"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="122"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="123"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="124"/>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="127"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="132"/>
        <source>Recently changed</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="134"/>
        <source>Needs checking</source>
        <translation>Требуют проверки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="135"/>
        <source>Changed in the last 30 days</source>
        <translation>Изменены за последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="137"/>
        <source>Never verified, or last verified more than a year ago</source>
        <translation>Не проверялись или проверялись больше года назад</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="21"/>
        <source>New Encrypted Directory</source>
        <translation>Новый зашифрованный справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="23"/>
        <source>%1 will be encrypted with this passphrase. Without it nobody can open the file or its backups, not even you: keep it somewhere safe.</source>
        <translation>%1 будет зашифрован этим паролем. Без него никто не откроет ни файл, ни его резервные копии, даже вы: храните пароль в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="28"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="29"/>
        <source>Passphrase again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="39"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="43"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="44"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="57"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Пароль должен быть не короче %1 символов.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/passphrase_dialog.py" line="60"/>
        <source>The two passphrases are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>OfficesList</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="301"/>
        <source>Offices</source>
        <translation>Отделения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="303"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="304"/>
        <source>Name of a new office</source>
        <translation>Название нового отделения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="305"/>
        <source>Add &amp;office</source>
        <translation>Добавить &amp;отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="306"/>
        <source>Re&amp;move new office</source>
        <translation>У&amp;брать новое отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="312"/>
        <source>Offices (double-click a stored one to edit it):</source>
        <translation>Отделения (двойной щелчок по сохранённому открывает его):</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="335"/>
        <source>%1 (new)</source>
        <translation>%1 (новое)</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message numerus="yes">
        <location filename="../../directory_app/ui/opening.py" line="40"/>
        <source>The newest good backup is from %1 (%n organisation(s)).</source>
        <translation>
            <numerusform>Последняя исправная резервная копия создана %1 (%n организация).</numerusform>
            <numerusform>Последняя исправная резервная копия создана %1 (%n организации).</numerusform>
            <numerusform>Последняя исправная резервная копия создана %1 (%n организаций).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="46"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>Файл %1 зашифрован. Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="48"/>
        <source>That passphrase did not open the file.</source>
        <translation>Эта парольная фраза не подошла.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="49"/>
        <source>Encrypted Directory</source>
        <translation>Зашифрованный справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="62"/>
        <location filename="../../directory_app/ui/opening.py" line="95"/>
        <source>Cannot open the directory</source>
        <translation>Не удаётся открыть справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="79"/>
        <source>%1 could not be opened with the passphrases given.</source>
        <translation>Не удалось открыть %1 с введёнными парольными фразами.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="86"/>
        <source>Directory in use</source>
        <translation>Справочник занят</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="87"/>
        <source>Open it read-only, to look things up without changing them?</source>
        <translation>Открыть его только для чтения, чтобы просматривать сведения, ничего не меняя?</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="97"/>
        <source>Open read-only: another window or program is writing to it.</source>
        <translation>Открыт только для чтения: в него записывает другое окно или программа.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="103"/>
        <source>This directory file is damaged, so it is open read-only: nothing can be changed.</source>
        <translation>Файл справочника повреждён, поэтому открыт только для чтения: изменить ничего нельзя.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="111"/>
        <source>Restore That Backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="113"/>
        <source>Continue Read-Only</source>
        <translation>Продолжить только для чтения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="123"/>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="126"/>
        <source>Restored the backup; the damaged file is kept as %1.</source>
        <translation>Резервная копия восстановлена; повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/opening.py" line="105"/>
        <source>Damaged directory</source>
        <translation>Справочник повреждён</translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="93"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="94"/>
        <source>Edit organisation</source>
        <translation>Изменение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="101"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="102"/>
        <source>Offices and contact points</source>
        <translation>Отделения и контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="104"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="106"/>
        <source>Partners and networks</source>
        <translation>Партнёры и сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="108"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="108"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="108"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="161"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="108"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="110"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="113"/>
        <source>Publications</source>
        <translation>Издания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="114"/>
        <source>Source and verification</source>
        <translation>Источник и проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="116"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="117"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="125"/>
        <source>&amp;Paste text…</source>
        <translation>&amp;Вставить текст…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="158"/>
        <source>The name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="159"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="161"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="167"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="169"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="171"/>
        <source>Founded in</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="161"/>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="111"/>
        <source>No publications yet: “Add” gives a row to fill in.</source>
        <translation>Изданий пока нет: кнопка «Добавить» даёт строку для заполнения.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="164"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="175"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="176"/>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="177"/>
        <source>Size:</source>
        <translation>Численность:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="177"/>
        <source>Meetings:</source>
        <translation>Собрания:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="178"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="178"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="179"/>
        <source>Mission:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="179"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="180"/>
        <source>Activities:</source>
        <translation>Деятельность:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="181"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="182"/>
        <source>Other names:</source>
        <translation>Другие названия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="183"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="184"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="185"/>
        <source>Founded in:</source>
        <translation>Год основания:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="192"/>
        <source>Focus areas:</source>
        <translation>Направления работы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="195"/>
        <source>Regions:</source>
        <translation>Регионы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="212"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="214"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="215"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="217"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="218"/>
        <source>Mark as &amp;verified today</source>
        <translation>Отметить как &amp;проверенную сегодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="221"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="222"/>
        <source>Date of the source:</source>
        <translation>Дата источника:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="223"/>
        <source>Last verified:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="256"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/org_editor.py" line="289"/>
        <source>Recognised %n item(s) (contact points, people, offices); check them before saving.</source>
        <translation>
            <numerusform>Распознан %n элемент (контакты, люди, отделения); проверьте перед сохранением.</numerusform>
            <numerusform>Распознаны %n элемента (контакты, люди, отделения); проверьте перед сохранением.</numerusform>
            <numerusform>Распознано %n элементов (контакты, люди, отделения); проверьте перед сохранением.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/editors/org_editor.py" line="292"/>
        <source>%n e-mail address(es) were withheld by the source (“[email protected]”); add them by hand.</source>
        <translation>
            <numerusform>Источник скрыл %n адрес электронной почты («[email protected]»); добавьте его вручную.</numerusform>
            <numerusform>Источник скрыл %n адреса электронной почты («[email protected]»); добавьте их вручную.</numerusform>
            <numerusform>Источник скрыл %n адресов электронной почты («[email protected]»); добавьте их вручную.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="304"/>
        <source>A contact point is incomplete or invalid (marked ⚠).</source>
        <translation>Контакт заполнен не полностью или неверно (отмечен ⚠).</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="307"/>
        <source>Every publication needs a title.</source>
        <translation>У каждого издания должно быть название.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="309"/>
        <source>An other name is empty.</source>
        <translation>Одно из других названий пустое.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="316"/>
        <source>Correct the fields marked in red to save.</source>
        <translation>Исправьте поля, отмеченные красным, чтобы сохранить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="347"/>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="347"/>
        <source>Edit “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="357"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="358"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>OrgTableModel</name>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="24"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="25"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="26"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="27"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="28"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="29"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/org_table_model.py" line="30"/>
        <source>Last verified</source>
        <translation>Проверено</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="59"/>
        <source>Paste text</source>
        <translation>Вставка текста</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="61"/>
        <source>Text to recognise</source>
        <translation>Текст для распознавания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="62"/>
        <source>Paste a handbook entry or the text of a web page.</source>
        <translation>Вставьте статью справочника или текст веб-страницы.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="68"/>
        <source>The editor fills in what it recognises; check everything before saving.</source>
        <translation>Редактор заполнит то, что распознает; проверьте всё перед сохранением.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="148"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="148"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="148"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="149"/>
        <source>Shown</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="152"/>
        <source>People and roles</source>
        <translation>Люди и роли</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="153"/>
        <source>No people listed yet: type a name and a role below and press “Add person”.</source>
        <translation>Людей пока нет: введите ниже имя и роль и нажмите «Добавить человека».</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="157"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="158"/>
        <source>Name of a new person</source>
        <translation>Имя нового человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="160"/>
        <source>Role, e.g. Director</source>
        <translation>Роль, например «Директор»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="161"/>
        <source>Role of the new person</source>
        <translation>Роль нового человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="162"/>
        <source>Add &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="163"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить человека…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="193"/>
        <source>Every person needs a name.</source>
        <translation>У каждого человека должно быть имя.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="213"/>
        <source>public</source>
        <translation>открыто</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="16"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="17"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="18"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="20"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="21"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="92"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="93"/>
        <source>Edit person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="95"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="97"/>
        <source>Contact points</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="98"/>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="174"/>
        <source>Organisations and roles</source>
        <translation>Организации и роли</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="124"/>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="124"/>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="125"/>
        <source>Family name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="134"/>
        <source>The display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="135"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="137"/>
        <source>Consent to be listed</source>
        <translation>Согласие на включение в справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="139"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="140"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="141"/>
        <source>&amp;Today</source>
        <translation>С&amp;егодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="145"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="150"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="158"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="159"/>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="160"/>
        <source>Privacy:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="161"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="172"/>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="180"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="172"/>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="187"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="175"/>
        <source>Not linked to any organisation yet: type an organisation&apos;s name and the role below and press “Add role”.</source>
        <translation>Пока не связан ни с одной организацией: введите ниже название организации и роль и нажмите «Добавить роль».</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="185"/>
        <source>Start typing an organisation&apos;s name</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="188"/>
        <source>Role, e.g. Director</source>
        <translation>Роль, например «Директор»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="189"/>
        <source>Add &amp;role</source>
        <translation>Добавить &amp;роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="203"/>
        <source>No organisation of this name; pick one from the list.</source>
        <translation>Организации с таким названием нет; выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="241"/>
        <source>Correct the marked fields to save.</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="254"/>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="254"/>
        <source>Edit “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="266"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="267"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="406"/>
        <source>What will happen</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="415"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="415"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="416"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="416"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="417"/>
        <source>If duplicate</source>
        <translation>Если дубликат</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="420"/>
        <source>Records and what happens to them</source>
        <translation>Записи и что с ними будет</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="421"/>
        <source>Likely &amp;duplicates:</source>
        <translation>Вероятные &amp;дубликаты:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="423"/>
        <source>Phone &amp;country:</source>
        <translation>&amp;Страна для телефонов:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/import_wizard.py" line="444"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="21"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="23"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="25"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="32"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="33"/>
        <source>Lock an encrypted directory after</source>
        <translation>Блокировать зашифрованный справочник через</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="41"/>
        <source>Lock an encrypted directory after &amp;no input for:</source>
        <translation>Блокировать зашифрованный справочник &amp;без действий через:</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="132"/>
        <source>Print draft</source>
        <translation>Печать черновика</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="145"/>
        <source>Public fields only</source>
        <translation>Только открытые поля</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="146"/>
        <source>Internal fields too (marked on every page)</source>
        <translation>Также внутренние поля (с пометкой на каждой странице)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="153"/>
        <source>A4, 3 × 8 labels of 70 × 37 mm</source>
        <translation>A4, 3 × 8 наклеек 70 × 37 мм</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="154"/>
        <source>Letter, Avery 5160 (3 × 10, 2⅝ × 1 in)</source>
        <translation>Letter, Avery 5160 (3 × 10, 2⅝ × 1 дюйм)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="155"/>
        <source>DL envelopes (220 × 110 mm), address in the window</source>
        <translation>Конверты DL (220 × 110 мм), адрес в окошке</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="158"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="158"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="159"/>
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="160"/>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="161"/>
        <source>Label sheet</source>
        <translation>Лист наклеек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="162"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="165"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="166"/>
        <source>Scope:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="167"/>
        <source>Pri&amp;vacy:</source>
        <translation>&amp;Доступ:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="168"/>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="169"/>
        <source>Export &amp;format:</source>
        <translation>&amp;Формат экспорта:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="170"/>
        <source>La&amp;bel sheet:</source>
        <translation>Лист на&amp;клеек:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="171"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Обновить просмотр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="172"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="173"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="174"/>
        <source>&amp;Labels…</source>
        <translation>Н&amp;аклейки…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="175"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="234"/>
        <source>Building the draft…</source>
        <translation>Подготовка черновика…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="236"/>
        <source>Cancelled: there is no preview. “Update preview” builds it again.</source>
        <translation>Отменено: просмотра нет. «Обновить просмотр» построит его заново.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="241"/>
        <location filename="../../directory_app/ui/print_dialog.py" line="248"/>
        <source>Writing %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="329"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="285"/>
        <source>Wrote %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="218"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="275"/>
        <source>%n organisation(s).</source>
        <translation>
            <numerusform>%n организация.</numerusform>
            <numerusform>%n организации.</numerusform>
            <numerusform>%n организаций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/print_dialog.py" line="277"/>
        <source>The preview shows the first %n; printing and export include them all.</source>
        <translation>
            <numerusform>В просмотре первая %n организация; печать и экспорт включают все.</numerusform>
            <numerusform>В просмотре первые %n организации; печать и экспорт включают все.</numerusform>
            <numerusform>В просмотре первые %n организаций; печать и экспорт включают все.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="323"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="325"/>
        <source>Printing cancelled; the print job was withdrawn.</source>
        <translation>Печать отменена; задание снято с принтера.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="334"/>
        <source>Print labels</source>
        <translation>Печать наклеек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/print_dialog.py" line="342"/>
        <location filename="../../directory_app/ui/print_dialog.py" line="349"/>
        <source>Export draft</source>
        <translation>Экспорт черновика</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../directory_app/ui/editors/regions.py" line="31"/>
        <source>Type a region to add it…</source>
        <translation>Начните вводить регион, чтобы добавить…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/regions.py" line="32"/>
        <source>Find a region</source>
        <translation>Найти регион</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/regions.py" line="35"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/regions.py" line="38"/>
        <source>Chosen regions</source>
        <translation>Выбранные регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/regions.py" line="131"/>
        <source>Listed on no regional page.</source>
        <translation>Не указана ни на одной региональной странице.</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="230"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="230"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="230"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="231"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="234"/>
        <source>Partners and networks</source>
        <translation>Партнёры и сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="235"/>
        <source>No partners or networks yet: choose the relation and the organisation below and press “Add relation”.</source>
        <translation>Партнёров и сетей пока нет: выберите ниже связь и организацию и нажмите «Добавить связь».</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="239"/>
        <source>Kind of relation</source>
        <translation>Тип связи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="241"/>
        <source>Related organisation</source>
        <translation>Связанная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="242"/>
        <source>Start typing an organisation&apos;s name</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="248"/>
        <source>Note on the relation</source>
        <translation>Примечание к связи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="249"/>
        <source>Add &amp;relation</source>
        <translation>Добавить &amp;связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="251"/>
        <source>Relation:</source>
        <translation>Связь:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="252"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="253"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="264"/>
        <source>No organisation of this name; pick one from the list.</source>
        <translation>Организации с таким названием нет; выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="267"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="279"/>
        <source>from this one</source>
        <translation>от этой</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="267"/>
        <source>to this one</source>
        <translation>к этой</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="49"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="54"/>
        <source>Search names, places, phones… (Ctrl+F)</source>
        <extracomment>The query to apply, emitted once typing pauses (or at once on Enter). Enter was pressed: the user wants to go to the results.</extracomment>
        <translation>Поиск: названия, места, телефоны… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="56"/>
        <source>Search names, people, places, phones and e-mail addresses, in Latin or Cyrillic letters (Ctrl+F)</source>
        <translation>Поиск по названиям, людям, местам, телефонам и адресам электронной почты, латиницей или кириллицей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="58"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="59"/>
        <source>Number of results</source>
        <translation>Число найденных</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="68"/>
        <location filename="../../directory_app/ui/search_bar.py" line="89"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="97"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="98"/>
        <source>%n+ person(s)</source>
        <translation>
            <numerusform>%n+ человек</numerusform>
            <numerusform>%n+ человека</numerusform>
            <numerusform>%n+ человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="99"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../directory_app/ui/search_bar.py" line="100"/>
        <source>%n+ organisation(s)</source>
        <translation>
            <numerusform>%n+ организация</numerusform>
            <numerusform>%n+ организации</numerusform>
            <numerusform>%n+ организаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../directory_app/ui/worker.py" line="96"/>
        <source>Cancel</source>
        <extracomment>The work returned normally, with its result. The work raised; the message is the exception&apos;s text, meant for the user. The work stopped because it was cancelled. Always emitted last, whatever the outcome.</extracomment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="85"/>
        <source>&amp;New Directory…</source>
        <translation>&amp;Новый справочник…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="86"/>
        <source>New &amp;Encrypted Directory…</source>
        <translation>Новый &amp;зашифрованный справочник…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="88"/>
        <source>Clear Recent Files</source>
        <translation>Очистить список недавних</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="89"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="91"/>
        <source>&amp;Print Draft…</source>
        <translation>&amp;Печать черновика…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="92"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="93"/>
        <source>Open Backups &amp;Folder</source>
        <translation>Открыть &amp;папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="94"/>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="96"/>
        <source>&amp;New Organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="97"/>
        <source>New &amp;Person…</source>
        <translation>Новый &amp;человек…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="98"/>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="99"/>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="100"/>
        <source>&amp;Merge Selected…</source>
        <translation>&amp;Объединить выбранные…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="101"/>
        <source>Mark as &amp;Verified Today</source>
        <translation>Отметить как &amp;проверенную сегодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="102"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="103"/>
        <source>Copy E-mail Addresses (for Bcc)</source>
        <translation>Копировать адреса эл. почты (для скрытой копии)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="104"/>
        <source>Copy as Handbook Text</source>
        <translation>Копировать как текст справочника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="105"/>
        <source>Copy as vCard</source>
        <translation>Копировать как vCard</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="106"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="107"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="115"/>
        <source>Public Items Only</source>
        <translation>Только открытые сведения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="116"/>
        <source>Public and Internal</source>
        <translation>Открытые и для своих</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="117"/>
        <source>Everything, Including Confidential</source>
        <translation>Всё, включая конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="123"/>
        <source>Verified Today</source>
        <translation>Проверено сегодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="125"/>
        <source>Mark the selected organisations as verified today (%1)</source>
        <translation>Отметить выбранные организации как проверенные сегодня (%1)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="108"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="109"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="110"/>
        <source>Show &amp;Confidential Items</source>
        <translation>Показывать &amp;конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="111"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="112"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="113"/>
        <source>&amp;About NGO Directory</source>
        <translation>&amp;О программе «Справочник НКО»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="114"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="215"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="216"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="217"/>
        <source>Bac&amp;kups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="219"/>
        <location filename="../../directory_app/ui/actions.py" line="233"/>
        <source>Copy &amp;Includes</source>
        <translation>&amp;Что копировать</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="220"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="221"/>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="222"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="224"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
</context>
</TS>
