<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
    <name>ContactsEditor</name>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="56"/>
        <source>An address needs at least a street, PO box or city.</source>
        <translation>В адресе нужна хотя бы улица, абонентский ящик или город.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="60"/>
        <source>The value is required.</source>
        <translation>Значение обязательно.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="95"/>
        <source>Contact points</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="96"/>
        <source>&amp;Add contact point</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="97"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="99"/>
        <source>Kind of contact</source>
        <translation>Тип контакта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="101"/>
        <source>Privacy of the contact point</source>
        <translation>Доступ к контакту</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="103"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="114"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="115"/>
        <source>Label:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="116"/>
        <source>Privacy:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="141"/>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="141"/>
        <source>PO box:</source>
        <translation>Абонентский ящик:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="142"/>
        <source>Postal code:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="142"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="143"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="143"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="150"/>
        <source>The number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="152"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="153"/>
        <location filename="../../directory_app/ui/editors/contacts.py" line="156"/>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="155"/>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="158"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="164"/>
        <source>Messenger service</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="165"/>
        <source>The handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="166"/>
        <source>Handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="167"/>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="168"/>
        <source>Handle:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="170"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="170"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/contacts.py" line="171"/>
        <source>Web address:</source>
        <translation>Веб-адрес:</translation>
    </message>
</context>
<context>
    <name>DeleteEntry</name>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="26"/>
        <source>%1 office(s): %2</source>
        <translation>отделений: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="30"/>
        <source>%1 contact point(s)</source>
        <translation>контактов: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="31"/>
        <source>%1 people&apos;s role(s) in it</source>
        <translation>ролей людей в ней: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="32"/>
        <source>%1 link(s) to other organisations</source>
        <translation>связей с другими организациями: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="33"/>
        <source>%1 other name(s)</source>
        <translation>других названий: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="34"/>
        <source>%1 publication(s)</source>
        <translation>изданий: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="40"/>
        <source>%1 person(s) will remain in the directory with no organisation</source>
        <translation>людей останется в справочнике без организации: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="50"/>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="51"/>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="54"/>
        <source>This also deletes:</source>
        <translation>Вместе с ней удаляются:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="56"/>
        <source>Nothing else is attached to this entry.</source>
        <translation>С этой записью больше ничего не связано.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="57"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Это можно отменить: Правка › Отменить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="61"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/delete.py" line="78"/>
        <location filename="../../directory_app/ui/editors/delete.py" line="89"/>
        <source>Delete “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="17"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="18"/>
        <source>Local group</source>
        <translation>Местная группа</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="19"/>
        <source>Branch office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="20"/>
        <source>Information office</source>
        <translation>Информационное бюро</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="21"/>
        <source>Resource centre</source>
        <translation>Ресурсный центр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="22"/>
        <source>Network or coalition</source>
        <translation>Сеть или коалиция</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="23"/>
        <source>Public body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="24"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="30"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="31"/>
        <source>Dormant</source>
        <translation>Не действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="32"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="33"/>
        <source>Unverified</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="34"/>
        <source>Proposed</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="40"/>
        <source>Public</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="41"/>
        <source>Internal</source>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="42"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="48"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="49"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="50"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="51"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="52"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="53"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="54"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="60"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="61"/>
        <source>Member of network</source>
        <translation>Член сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="62"/>
        <source>Founding member of</source>
        <translation>Учредитель</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="63"/>
        <source>Branch of</source>
        <translation>Отделение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="64"/>
        <source>Funded by</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="65"/>
        <source>Accredited by</source>
        <translation>Аккредитована при</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="71"/>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="72"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="73"/>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="79"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="80"/>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="81"/>
        <source>Native script</source>
        <translation>На языке оригинала</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="82"/>
        <source>Former name</source>
        <translation>Прежнее название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="89"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="90"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="91"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="92"/>
        <source>Founded in</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="93"/>
        <source>Size</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="94"/>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="95"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="96"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="97"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="98"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="99"/>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="100"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="101"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="102"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="103"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="104"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="105"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="106"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="107"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="108"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="109"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="110"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="111"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="112"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="113"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="114"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="115"/>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="116"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="117"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="118"/>
        <location filename="../../directory_app/ui/editors/labels.py" line="148"/>
        <location filename="../../directory_app/ui/editors/labels.py" line="150"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="119"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="120"/>
        <location filename="../../directory_app/ui/editors/labels.py" line="146"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="121"/>
        <source>Parent organisation</source>
        <translation>Головная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="122"/>
        <location filename="../../directory_app/ui/editors/labels.py" line="141"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="123"/>
        <location filename="../../directory_app/ui/editors/labels.py" line="142"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="124"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="125"/>
        <source>Sort key</source>
        <translation>Ключ сортировки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="126"/>
        <source>Phone (E.164)</source>
        <translation>Телефон (E.164)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="127"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="128"/>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="129"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="130"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="131"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="132"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="133"/>
        <source>Primary</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="134"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="135"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="143"/>
        <source>Contact point</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="144"/>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="145"/>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="147"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="149"/>
        <source>Focus area</source>
        <translation>Направление работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="156"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="157"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="158"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="159"/>
        <source>linked</source>
        <translation>связано</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="160"/>
        <source>unlinked</source>
        <translation>связь убрана</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="167"/>
        <source>⚑ internal</source>
        <translation>⚑ для внутреннего пользования</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/labels.py" line="169"/>
        <source>⚑ confidential</source>
        <translation>⚑ конфиденциально</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="189"/>
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
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="128"/>
        <source>Revert of an earlier change (%1 changes)</source>
        <translation>Отмена прежнего изменения (изменений: %1)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="132"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="136"/>
        <source>reverted</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="169"/>
        <source>Revert: %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="173"/>
        <source>Not reverted: %1</source>
        <translation>Не отменено: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="174"/>
        <source>Cannot revert</source>
        <translation>Отменить нельзя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/history_view.py" line="178"/>
        <source>Reverted. Undo (Ctrl+Z) brings the change back.</source>
        <translation>Отменено. Команда «Отменить» (Ctrl+Z) вернёт изменение.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="47"/>
        <source>Merge people</source>
        <translation>Объединение людей</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="48"/>
        <source>Merge organisations</source>
        <translation>Объединение организаций</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="58"/>
        <source>&amp;Keep the other one instead</source>
        <translation>&amp;Оставить другую запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="60"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="75"/>
        <source>contact points</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="76"/>
        <source>other names</source>
        <translation>другие названия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="76"/>
        <source>people&apos;s roles</source>
        <translation>роли людей</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="77"/>
        <source>publications</source>
        <translation>издания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="77"/>
        <source>offices</source>
        <translation>отделения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="78"/>
        <source>relations</source>
        <translation>связи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="78"/>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="79"/>
        <source>focus areas</source>
        <translation>направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="79"/>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="87"/>
        <source>“%1” will be kept; “%2” will be merged into it and then deleted. Choose which value to keep where they differ.</source>
        <translation>«%1» остаётся; «%2» будет объединена с ней и затем удалена. Выберите, какое значение оставить там, где они различаются.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="97"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="97"/>
        <source>Kept entry</source>
        <translation>Остающаяся запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="98"/>
        <source>Other entry</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="102"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="118"/>
        <source>The two entries agree on every field.</source>
        <translation>Обе записи совпадают во всех полях.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="122"/>
        <source>Moves to the kept entry: %1.</source>
        <translation>Переходит к остающейся записи: %1.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="123"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="126"/>
        <source>%1 identical contact point(s) will not be doubled.</source>
        <translation>Одинаковые контакты (%1) не будут продублированы.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="138"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединение «%1» с «%2»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="147"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/merge_dialog.py" line="148"/>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>OfficesList</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="279"/>
        <source>Offices</source>
        <translation>Отделения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="281"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="282"/>
        <source>Name of a new office</source>
        <translation>Название нового отделения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="283"/>
        <source>Add &amp;office</source>
        <translation>Добавить &amp;отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="284"/>
        <source>Remove new office</source>
        <translation>Убрать новое отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="290"/>
        <source>Offices (double-click a stored one to edit it):</source>
        <translation>Отделения (двойной щелчок по сохранённому открывает его):</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="311"/>
        <source>%1 (new)</source>
        <translation>%1 (новое)</translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="90"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="91"/>
        <source>Edit organisation</source>
        <translation>Изменение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="93"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="94"/>
        <source>Offices and contact points</source>
        <translation>Отделения и контакты</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="96"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="98"/>
        <source>Partners and networks</source>
        <translation>Партнёры и сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="100"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="100"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="100"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="156"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="100"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="102"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="103"/>
        <source>Publications</source>
        <translation>Издания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="104"/>
        <source>Source and verification</source>
        <translation>Источник и проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="106"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="107"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="115"/>
        <source>&amp;Paste text…</source>
        <translation>&amp;Вставить текст…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="148"/>
        <source>The name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="149"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="151"/>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="156"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="153"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="155"/>
        <source>Founded in</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="156"/>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="159"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="162"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="163"/>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="166"/>
        <source>Size:</source>
        <translation>Численность:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="166"/>
        <source>Meetings:</source>
        <translation>Собрания:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="167"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="167"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="168"/>
        <source>Mission:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="168"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="169"/>
        <source>Activities:</source>
        <translation>Деятельность:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="170"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="171"/>
        <source>Other names:</source>
        <translation>Другие названия:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="172"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="173"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="174"/>
        <source>Founded in:</source>
        <translation>Год основания:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="180"/>
        <source>Focus areas:</source>
        <translation>Направления работы:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="197"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="199"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="200"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="202"/>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="203"/>
        <source>Mark as &amp;verified today</source>
        <translation>Отметить как &amp;проверенную сегодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="206"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="207"/>
        <source>Date of the source:</source>
        <translation>Дата источника:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="208"/>
        <source>Last verified:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="240"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="273"/>
        <source>Recognised %1 items (contact points, people, offices); check them before saving.</source>
        <translation>Распознано элементов: %1 (контакты, люди, отделения); проверьте их перед сохранением.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="276"/>
        <source>%1 e-mail address(es) were withheld by the source (“[email protected]”); add them by hand.</source>
        <translation>Источник скрыл адреса электронной почты (%1) («[email protected]»); добавьте их вручную.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="288"/>
        <source>A contact point is incomplete or invalid (marked ⚠).</source>
        <translation>Контакт заполнен не полностью или неверно (отмечен ⚠).</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="291"/>
        <source>Every publication needs a title.</source>
        <translation>У каждого издания должно быть название.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="293"/>
        <source>An other name is empty.</source>
        <translation>Одно из других названий пустое.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="300"/>
        <source>Correct the fields marked in red to save.</source>
        <translation>Исправьте поля, отмеченные красным, чтобы сохранить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="330"/>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="330"/>
        <source>Edit “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="340"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="341"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="56"/>
        <source>Paste text</source>
        <translation>Вставка текста</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="58"/>
        <source>Text to recognise</source>
        <translation>Текст для распознавания</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="59"/>
        <source>Paste a handbook entry or the text of a web page.</source>
        <translation>Вставьте статью справочника или текст веб-страницы.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_editor.py" line="65"/>
        <source>The editor fills in what it recognises; check everything before saving.</source>
        <translation>Редактор заполнит то, что распознает; проверьте всё перед сохранением.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="130"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="130"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="130"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="131"/>
        <source>Shown</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="134"/>
        <source>People and roles</source>
        <translation>Люди и роли</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="137"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="138"/>
        <source>Name of a new person</source>
        <translation>Имя нового человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="140"/>
        <source>Role, e.g. Director</source>
        <translation>Роль, например «Директор»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="141"/>
        <source>Role of the new person</source>
        <translation>Роль нового человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="142"/>
        <source>Add &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="143"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить человека…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="173"/>
        <source>Every person needs a name.</source>
        <translation>У каждого человека должно быть имя.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="193"/>
        <source>public</source>
        <translation>открыто</translation>
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
        <source>Today</source>
        <translation>Сегодня</translation>
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
        <location filename="../../directory_app/ui/editors/person_editor.py" line="177"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="172"/>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="183"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="184"/>
        <source>Add &amp;role</source>
        <translation>Добавить &amp;роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="198"/>
        <source>No organisation of this name; pick one from the list.</source>
        <translation>Организации с таким названием нет; выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="236"/>
        <source>Correct the marked fields to save.</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="249"/>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="249"/>
        <source>Edit “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="261"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/person_editor.py" line="262"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="210"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="210"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="210"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="211"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="214"/>
        <source>Partners and networks</source>
        <translation>Партнёры и сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="217"/>
        <source>Kind of relation</source>
        <translation>Тип связи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="219"/>
        <source>Related organisation</source>
        <translation>Связанная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="220"/>
        <source>Start typing an organisation&apos;s name</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="226"/>
        <source>Note on the relation</source>
        <translation>Примечание к связи</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="227"/>
        <source>Add &amp;relation</source>
        <translation>Добавить &amp;связь</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="229"/>
        <source>Relation:</source>
        <translation>Связь:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="230"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="231"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="242"/>
        <source>No organisation of this name; pick one from the list.</source>
        <translation>Организации с таким названием нет; выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="245"/>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="257"/>
        <source>from this one</source>
        <translation>от этой</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/editors/org_tabs.py" line="245"/>
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
</TS>
