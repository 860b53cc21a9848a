<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <location filename="../../directory_app/ui/application.py" line="40"/>
        <source>Cannot open the directory</source>
        <translation>Не удаётся открыть справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/application.py" line="48"/>
        <source>Sample handbook (temporary copy) — NGO Directory</source>
        <translation>Образец справочника (временная копия) — Справочник НКО</translation>
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
    <name>Labels</name>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="17"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="18"/>
        <source>Local group</source>
        <translation>Местная группа</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="19"/>
        <source>Branch office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="20"/>
        <source>Information office</source>
        <translation>Информационное бюро</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="21"/>
        <source>Resource centre</source>
        <translation>Ресурсный центр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="22"/>
        <source>Network or coalition</source>
        <translation>Сеть или коалиция</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="23"/>
        <source>Public body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="24"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="31"/>
        <source>Partner of</source>
        <translation>Партнёр организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="31"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="32"/>
        <source>Member of network</source>
        <translation>Член сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="33"/>
        <source>Network member</source>
        <translation>Участник сети</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="34"/>
        <source>Founding member of</source>
        <translation>Учредитель</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="35"/>
        <source>Founded by</source>
        <translation>Учреждена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="36"/>
        <source>Branch of</source>
        <translation>Отделение организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="36"/>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="37"/>
        <source>Funded by</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="37"/>
        <source>Funds</source>
        <translation>Финансирует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="38"/>
        <source>Accredited by</source>
        <translation>Аккредитована при</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="38"/>
        <source>Accredits</source>
        <translation>Аккредитует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="44"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="45"/>
        <source>Tel</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="46"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="47"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="48"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="49"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="50"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="56"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="57"/>
        <source>dormant</source>
        <translation>не активна</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="58"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="59"/>
        <source>unverified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="60"/>
        <source>proposed</source>
        <translation>в проекте</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="66"/>
        <source>public</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="67"/>
        <source>internal</source>
        <translation>для своих</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/labels.py" line="68"/>
        <source>confidential</source>
        <translation>конфиденциально</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="71"/>
        <source>Organisations</source>
        <extracomment>Another directory file is now open (after File &gt; New, Open, Open Recent).</extracomment>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="72"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="76"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="93"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="95"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="196"/>
        <source>Nothing matches “%1”.
Try fewer or shorter words; names can be typed in Latin or Cyrillic letters.</source>
        <translation>По запросу «%1» ничего не найдено.
Попробуйте меньше слов или более короткие слова; названия можно вводить латиницей или кириллицей.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="199"/>
        <source>The directory is empty.
Use File &gt; Import, or add an organisation.</source>
        <translation>Справочник пуст.
Выберите «Файл &gt; Импорт» или добавьте организацию.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="201"/>
        <source>Nothing is listed here.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="263"/>
        <source>No e-mail addresses to copy under the chosen profile.</source>
        <translation>В выбранном профиле нет адресов эл. почты для копирования.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="269"/>
        <source>Select an organisation to copy.</source>
        <translation>Выберите организацию для копирования.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="276"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="298"/>
        <source>Cannot open the directory</source>
        <translation>Не удаётся открыть справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="305"/>
        <source>Open Directory</source>
        <translation>Открыть справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="311"/>
        <location filename="../../directory_app/ui/main_window.py" line="316"/>
        <source>New Directory</source>
        <translation>Новый справочник</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="317"/>
        <source>%1 already exists. Choose File &gt; Open to open it.</source>
        <translation>%1 уже существует. Чтобы открыть его, выберите «Файл &gt; Открыть».</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="334"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="345"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="349"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="351"/>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="359"/>
        <source>%1 — NGO Directory</source>
        <translation>%1 — Справочник НКО</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="378"/>
        <source>About NGO Directory</source>
        <translation>О программе «Справочник НКО»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/main_window.py" line="379"/>
        <source>&lt;h3&gt;NGO Directory %1&lt;/h3&gt;&lt;p&gt;A local directory of NGOs, local groups, offices, people and partnerships, kept current by its coordinators.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Справочник НКО %1&lt;/h3&gt;&lt;p&gt;Локальный справочник НКО, местных групп, представительств, людей и партнёрств, который ведут координаторы.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="46"/>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="85"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="86"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="87"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="88"/>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="94"/>
        <source>Focus areas</source>
        <translation>Направления работы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="99"/>
        <source>Recently changed</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="101"/>
        <source>Needs checking</source>
        <translation>Требуют проверки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="102"/>
        <source>Changed in the last 30 days</source>
        <translation>Изменены за последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/navigator.py" line="104"/>
        <source>Never verified, or last verified more than a year ago</source>
        <translation>Не проверялись или проверялись больше года назад</translation>
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
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="20"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="21"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="22"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/people_table_model.py" line="25"/>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="15"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="17"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="19"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="24"/>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/preferences.py" line="31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="19"/>
        <source>Search names, people, places, phones… (Ctrl+F)</source>
        <extracomment>The query to apply, emitted once typing pauses (or at once on Enter).</extracomment>
        <translation>Поиск по названиям, людям, местам, телефонам… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="20"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="23"/>
        <source>Number of results</source>
        <translation>Число найденных</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="54"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="58"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/search_bar.py" line="59"/>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../directory_app/ui/worker.py" line="84"/>
        <source>Cancel</source>
        <extracomment>The work returned normally, with its result. The work raised; the message is the exception&apos;s text, meant for the user. The work stopped because it was cancelled. Always emitted last, whatever the outcome.</extracomment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="26"/>
        <source>&amp;New Directory…</source>
        <translation>&amp;Новый справочник…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="28"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="30"/>
        <source>Clear Recent Files</source>
        <translation>Очистить список недавних</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="31"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="32"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="33"/>
        <source>&amp;Print Draft…</source>
        <translation>&amp;Печать черновика…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="34"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="35"/>
        <source>Open Backups &amp;Folder</source>
        <translation>Открыть &amp;папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="40"/>
        <source>&amp;New Organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="42"/>
        <source>New &amp;Person…</source>
        <translation>Новый &amp;человек…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="43"/>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="45"/>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="47"/>
        <source>&amp;Merge Selected…</source>
        <translation>&amp;Объединить выбранные…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="48"/>
        <source>Mark as &amp;Verified Today</source>
        <translation>Отметить как &amp;проверенную сегодня</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="50"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="51"/>
        <source>Copy E-mail Addresses (for Bcc)</source>
        <translation>Копировать адреса эл. почты (для скрытой копии)</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="52"/>
        <source>Copy as Handbook Text</source>
        <translation>Копировать как текст справочника</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="53"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="54"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="60"/>
        <source>Public Items Only</source>
        <translation>Только открытые сведения</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="61"/>
        <source>Public and Internal</source>
        <translation>Открытые и для своих</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="62"/>
        <source>Everything, Including Confidential</source>
        <translation>Всё, включая конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="71"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="72"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="74"/>
        <source>Show &amp;Confidential Items</source>
        <translation>Показывать &amp;конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="76"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="79"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="80"/>
        <source>&amp;About NGO Directory</source>
        <translation>&amp;О программе «Справочник НКО»</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="82"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="117"/>
        <source>Bac&amp;kups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="122"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="130"/>
        <source>Copy &amp;Includes</source>
        <translation>&amp;Что копировать</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="135"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="139"/>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="143"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../directory_app/ui/actions.py" line="151"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
</context>
</TS>
