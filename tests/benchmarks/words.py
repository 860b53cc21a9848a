"""Word lists for the benchmark generator: the raw material of realistic directory entries.

Each name part carries its Russian and English form, so one organisation can be named in either
script and carry the other as a translation, as entries in the printed handbooks do.
"""

from __future__ import annotations

# (Russian masculine, feminine, neuter; English)
ADJECTIVES = [
    ("Правозащитный", "Правозащитная", "Правозащитное", "Human Rights"),
    ("Экологический", "Экологическая", "Экологическое", "Environmental"),
    ("Молодёжный", "Молодёжная", "Молодёжное", "Youth"),
    ("Региональный", "Региональная", "Региональное", "Regional"),
    ("Общественный", "Общественная", "Общественное", "Public"),
    ("Независимый", "Независимая", "Независимое", "Independent"),
    ("Информационный", "Информационная", "Информационное", "Information"),
    ("Юридический", "Юридическая", "Юридическое", "Legal"),
    ("Женский", "Женская", "Женское", "Women's"),
    ("Гражданский", "Гражданская", "Гражданское", "Civic"),
    ("Благотворительный", "Благотворительная", "Благотворительное", "Charitable"),
    ("Социальный", "Социальная", "Социальное", "Social"),
    ("Культурный", "Культурная", "Культурное", "Cultural"),
    ("Исторический", "Историческая", "Историческое", "Historical"),
    ("Миротворческий", "Миротворческая", "Миротворческое", "Peace"),
    ("Ресурсный", "Ресурсная", "Ресурсное", "Resource"),
]

# (Russian, gender index into ADJECTIVES forms, English, organisation kind)
NOUNS = [
    ("центр", 0, "Centre", "ngo"),
    ("комитет", 0, "Committee", "ngo"),
    ("фонд", 0, "Foundation", "ngo"),
    ("союз", 0, "Union", "network"),
    ("клуб", 0, "Club", "local_group"),
    ("ассоциация", 1, "Association", "network"),
    ("группа", 1, "Group", "local_group"),
    ("организация", 1, "Organisation", "ngo"),
    ("лига", 1, "League", "ngo"),
    ("сеть", 1, "Network", "network"),
    ("общество", 2, "Society", "ngo"),
    ("движение", 2, "Movement", "ngo"),
    ("объединение", 2, "Alliance", "network"),
    ("бюро", 2, "Bureau", "information_office"),
]

# (Russian, English) proper names written in quotation marks
PROPER = [
    ("Мемориал", "Memorial"), ("Солдатские матери", "Soldiers' Mothers"),
    ("Гражданское содействие", "Civic Assistance"), ("Голос", "Golos"),
    ("Надежда", "Nadezhda"), ("Феникс", "Phoenix"), ("Зелёный мир", "Green World"),
    ("Открытый мир", "Open World"), ("Право на жизнь", "Right to Life"), ("Доверие", "Trust"),
    ("Эхо", "Echo"), ("Радуга", "Rainbow"), ("Сфера", "Sphere"), ("Агора", "Agora"),
    ("Перспектива", "Perspektiva"), ("Милосердие", "Mercy"), ("Возрождение", "Revival"),
    ("Ковчег", "Ark"), ("Берегиня", "Bereginya"), ("Хельсинкская группа", "Helsinki Group"),
    ("Сахаровский центр", "Sakharov Centre"), ("Новая жизнь", "New Life"),
    ("Гражданский контроль", "Civic Control"), ("Мир без насилия", "World without Violence"),
    ("Экозащита", "Ecodefence"), ("Маяк", "Mayak"), ("Исток", "Istok"), ("Наш дом", "Our Home"),
]

# (Russian genitive phrase, English phrase)
PURPOSES = [
    ("защиты прав человека", "for Human Rights Protection"),
    ("солдатских матерей", "of Soldiers' Mothers"),
    ("помощи беженцам", "for Refugee Assistance"),
    ("защиты гласности", "for the Defence of Glasnost"),
    ("экологической безопасности", "for Environmental Safety"),
    ("поддержки некоммерческих организаций", "for NGO Support"),
    ("правовой помощи", "for Legal Aid"),
    ("помощи заключённым", "for Prisoners' Aid"),
    ("защиты прав детей", "for Children's Rights"),
    ("гражданских инициатив", "of Civic Initiatives"),
    ("против пыток", "against Torture"),
    ("помощи мигрантам", "for Migrants' Assistance"),
]

# (Russian nominative, Russian genitive, English, region path, old phone code, new phone code,
#  country calling code, postal prefix, country)
CITIES = [
    ("Москва", "Москвы", "Moscow", ("NIS", "Russia", "West of the Urals", "Moscow"),
     "095", "495", "7", "1", "Russia"),
    ("Санкт-Петербург", "Санкт-Петербурга", "St. Petersburg",
     ("NIS", "Russia", "West of the Urals", "St. Petersburg"), "812", "812", "7", "19", "Russia"),
    ("Пермь", "Перми", "Perm", ("NIS", "Russia", "West of the Urals", "Perm"),
     "3422", "342", "7", "614", "Russia"),
    ("Нижний Новгород", "Нижнего Новгорода", "Nizhny Novgorod",
     ("NIS", "Russia", "West of the Urals", "Nizhny Novgorod"), "8312", "831", "7", "603",
     "Russia"),
    ("Казань", "Казани", "Kazan",
     ("NIS", "Russia", "West of the Urals", "Tatarstan", "Kazan"), "8432", "843", "7", "420",
     "Russia"),
    ("Самара", "Самары", "Samara", ("NIS", "Russia", "West of the Urals", "Samara"),
     "8462", "846", "7", "443", "Russia"),
    ("Воронеж", "Воронежа", "Voronezh", ("NIS", "Russia", "West of the Urals", "Voronezh"),
     "0732", "473", "7", "394", "Russia"),
    ("Рязань", "Рязани", "Ryazan", ("NIS", "Russia", "West of the Urals", "Ryazan"),
     "0912", "4912", "7", "390", "Russia"),
    ("Ростов-на-Дону", "Ростова-на-Дону", "Rostov-on-Don",
     ("NIS", "Russia", "West of the Urals", "Rostov-on-Don"), "8632", "863", "7", "344", "Russia"),
    ("Краснодар", "Краснодара", "Krasnodar", ("NIS", "Russia", "West of the Urals", "Krasnodar"),
     "8612", "861", "7", "350", "Russia"),
    ("Архангельск", "Архангельска", "Arkhangelsk",
     ("NIS", "Russia", "West of the Urals", "Arkhangelsk"), "8182", "8182", "7", "163", "Russia"),
    ("Мурманск", "Мурманска", "Murmansk", ("NIS", "Russia", "West of the Urals", "Murmansk"),
     "8152", "8152", "7", "183", "Russia"),
    ("Калининград", "Калининграда", "Kaliningrad",
     ("NIS", "Russia", "West of the Urals", "Kaliningrad"), "0112", "4012", "7", "236", "Russia"),
    ("Саратов", "Саратова", "Saratov", ("NIS", "Russia", "West of the Urals", "Saratov"),
     "8452", "8452", "7", "410", "Russia"),
    ("Волгоград", "Волгограда", "Volgograd", ("NIS", "Russia", "West of the Urals", "Volgograd"),
     "8442", "8442", "7", "400", "Russia"),
    ("Ярославль", "Ярославля", "Yaroslavl", ("NIS", "Russia", "West of the Urals", "Yaroslavl"),
     "0852", "4852", "7", "150", "Russia"),
    ("Тверь", "Твери", "Tver", ("NIS", "Russia", "West of the Urals", "Tver"),
     "0822", "4822", "7", "170", "Russia"),
    ("Сыктывкар", "Сыктывкара", "Syktyvkar", ("NIS", "Russia", "West of the Urals", "Komi",
                                               "Syktyvkar"), "8212", "8212", "7", "167", "Russia"),
    ("Петрозаводск", "Петрозаводска", "Petrozavodsk",
     ("NIS", "Russia", "West of the Urals", "Karelia", "Petrozavodsk"), "8142", "8142", "7", "185",
     "Russia"),
    ("Екатеринбург", "Екатеринбурга", "Yekaterinburg",
     ("NIS", "Russia", "East of the Urals", "Yekaterinburg"), "3432", "343", "7", "620", "Russia"),
    ("Челябинск", "Челябинска", "Chelyabinsk",
     ("NIS", "Russia", "East of the Urals", "Chelyabinsk"), "3512", "351", "7", "454", "Russia"),
    ("Новосибирск", "Новосибирска", "Novosibirsk",
     ("NIS", "Russia", "East of the Urals", "Novosibirsk"), "3832", "383", "7", "630", "Russia"),
    ("Томск", "Томска", "Tomsk", ("NIS", "Russia", "East of the Urals", "Tomsk"),
     "3822", "3822", "7", "634", "Russia"),
    ("Омск", "Омска", "Omsk", ("NIS", "Russia", "East of the Urals", "Omsk"),
     "3812", "3812", "7", "644", "Russia"),
    ("Красноярск", "Красноярска", "Krasnoyarsk",
     ("NIS", "Russia", "East of the Urals", "Krasnoyarsk"), "3912", "391", "7", "660", "Russia"),
    ("Иркутск", "Иркутска", "Irkutsk", ("NIS", "Russia", "East of the Urals", "Irkutsk"),
     "3952", "3952", "7", "664", "Russia"),
    ("Якутск", "Якутска", "Yakutsk", ("NIS", "Russia", "East of the Urals", "Yakutia", "Yakutsk"),
     "4112", "4112", "7", "677", "Russia"),
    ("Хабаровск", "Хабаровска", "Khabarovsk",
     ("NIS", "Russia", "East of the Urals", "Khabarovsk"), "4212", "4212", "7", "680", "Russia"),
    ("Владивосток", "Владивостока", "Vladivostok",
     ("NIS", "Russia", "East of the Urals", "Vladivostok"), "4232", "423", "7", "690", "Russia"),
    ("Киев", "Киева", "Kyiv", ("NIS", "Ukraine", "Kyiv"), "044", "44", "380", "01", "Ukraine"),
    ("Харьков", "Харькова", "Kharkiv", ("NIS", "Ukraine", "Kharkiv"),
     "0572", "57", "380", "61", "Ukraine"),
    ("Минск", "Минска", "Minsk", ("NIS", "Belarus", "Minsk"), "0172", "17", "375", "220",
     "Belarus"),
    ("Алматы", "Алматы", "Almaty", ("NIS", "Kazakhstan", "Almaty"), "3272", "727", "7", "050",
     "Kazakhstan"),
    ("Тбилиси", "Тбилиси", "Tbilisi", ("NIS", "Caucasus", "Georgia", "Tbilisi"),
     "8832", "32", "995", "01", "Georgia"),
    ("Ереван", "Еревана", "Yerevan", ("NIS", "Caucasus", "Armenia", "Yerevan"),
     "8852", "10", "374", "00", "Armenia"),
    ("Бишкек", "Бишкека", "Bishkek", ("NIS", "Central Asia", "Kyrgyzstan", "Bishkek"),
     "3312", "312", "996", "720", "Kyrgyzstan"),
    ("Кишинёв", "Кишинёва", "Chisinau", ("NIS", "Moldova", "Chisinau"),
     "0422", "22", "373", "20", "Moldova"),
]

# Streets (Russian, English transliteration as handbooks print it)
STREETS = [
    ("ул. Ленина", "ul. Lenina"), ("пр. Мира", "pr. Mira"), ("ул. Пушкина", "ul. Pushkina"),
    ("Малый Каретный пер.", "Maly Karetny per."), ("ул. Гагарина", "ul. Gagarina"),
    ("Невский пр.", "Nevsky pr."), ("ул. Советская", "ul. Sovetskaya"),
    ("ул. Садовая", "ul. Sadovaya"), ("Комсомольский пр.", "Komsomolsky pr."),
    ("ул. Кирова", "ul. Kirova"), ("ул. Лермонтова", "ul. Lermontova"),
    ("Большая Никитская ул.", "Bolshaya Nikitskaya ul."), ("ул. Гоголя", "ul. Gogolya"),
    ("наб. реки Мойки", "nab. reki Moyki"), ("ул. Чернышевского", "ul. Chernyshevskogo"),
]

MAIL_DOMAINS = ["glasnet.ru", "mail.ru", "online.ru", "yandex.ru", "gmail.com", "sovam.com",
                "igc.apc.org", "relcom.ru", "list.ru", "hro.org"]

RU_MALE = ["Александр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Михаил", "Николай", "Юрий",
           "Борис", "Владимир", "Олег", "Игорь", "Павел", "Лев", "Анатолий", "Фёдор", "Григорий"]
RU_FEMALE = ["Елена", "Ольга", "Наталья", "Татьяна", "Людмила", "Ирина", "Светлана", "Анна",
             "Мария", "Валентина", "Галина", "Ася", "Екатерина", "Нина", "Алёна", "Вера"]
# (male patronymic, female patronymic)
PATRONYMICS = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"),
               ("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Николаевич", "Николаевна"),
               ("Владимирович", "Владимировна"), ("Борисович", "Борисовна"),
               ("Юрьевич", "Юрьевна"), ("Михайлович", "Михайловна"), ("Фёдорович", "Фёдоровна")]
# (male, female) family names; some do not change with gender
RU_FAMILY = [("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
             ("Попов", "Попова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"),
             ("Козлов", "Козлова"), ("Новиков", "Новикова"), ("Морозов", "Морозова"),
             ("Петров", "Петрова"), ("Волков", "Волкова"), ("Соловьёв", "Соловьёва"),
             ("Васильев", "Васильева"), ("Зайцев", "Зайцева"), ("Семёнов", "Семёнова"),
             ("Голубев", "Голубева"), ("Виноградов", "Виноградова"), ("Богданов", "Богданова"),
             ("Воробьёв", "Воробьёва"), ("Фёдоров", "Фёдорова"), ("Михайлов", "Михайлова"),
             ("Беляев", "Беляева"), ("Тарасов", "Тарасова"), ("Орлов", "Орлова"),
             ("Киселёв", "Киселёва"), ("Макаров", "Макарова"), ("Андреев", "Андреева"),
             ("Ковалёв", "Ковалёва"), ("Ильин", "Ильина"), ("Гусев", "Гусева"),
             ("Суворов", "Суворова"), ("Никитин", "Никитина"), ("Черных", "Черных"),
             ("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"), ("Алексеева", "Алексеева")]
EN_GIVEN = ["John", "Mary", "Colleen", "David", "Sarah", "Michael", "Anna", "Peter", "Laura",
            "James", "Helen", "Thomas", "Catherine", "Robert", "Susan", "William", "Elizabeth",
            "Daniel", "Rachel", "Mark"]
EN_FAMILY = ["Smith", "Johnson", "Halley", "Brown", "Taylor", "Wilson", "Davies", "Evans",
             "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
             "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore",
             "Cooper", "Ward", "Morris", "King", "O'Brien"]

RU_ROLES = ["председатель", "координатор", "директор", "исполнительный директор", "юрист",
            "пресс-секретарь", "бухгалтер", "контактное лицо", "сопредседатель",
            "руководитель программы", "волонтёр", "секретарь"]
EN_ROLES = ["Director", "Executive Director", "Coordinator", "Contact", "Chair", "Co-chair",
            "Lawyer", "Press officer", "Programme manager", "Volunteer coordinator", "Secretary",
            "Accountant"]

TAGS = ["prisoners of conscience", "death penalty", "fair trials", "refugees", "ecology",
        "women's rights", "children", "army and conscripts", "torture prevention",
        "freedom of speech", "elections", "HIV/AIDS", "disability", "civic education",
        "legal aid", "migrants", "indigenous peoples", "memory and history", "права человека",
        "экология", "беженцы", "призывники", "образование", "правовая помощь", "свобода слова",
        "пытки", "дети", "инвалидность", "местное самоуправление", "благотворительность"]

RU_SENTENCES = [
    "Организация оказывает бесплатную юридическую помощь жителям {city_gen} и области.",
    "Основные направления работы: мониторинг прав человека, просвещение и консультации.",
    "Мы проводим семинары для журналистов, юристов и активистов местных сообществ.",
    "Группа была создана в {year} году по инициативе бывших политических заключённых.",
    "Волонтёры принимают обращения граждан по телефону и лично, по вторникам и четвергам.",
    "Центр издаёт ежеквартальный бюллетень и ведёт архив документов о репрессиях.",
    "Работаем с призывниками, их родителями и военнослужащими, защищаем их права в суде.",
    "Проводим экологические экспедиции, собираем подписи и добиваемся открытости властей.",
    "Помогаем беженцам и вынужденным переселенцам получить документы и жильё.",
    "Сотрудничаем с международными организациями и сетями правозащитников СНГ.",
    "Ёжегодно организуем летнюю школу по правам человека для молодёжи.",
    "Ведём горячую линию для пострадавших от насилия и пыток в местах заключения.",
]
EN_SENTENCES = [
    "The organisation gives free legal advice to residents of {city} and the surrounding region.",
    "Its main activities are human rights monitoring, public education and consultations.",
    "We hold seminars for journalists, lawyers and activists of local communities.",
    "The group was founded in {year} on the initiative of former political prisoners.",
    "Volunteers take complaints by telephone and in person on Tuesdays and Thursdays.",
    "The centre publishes a quarterly bulletin and keeps an archive on political repression.",
    "We work with conscripts, their parents and servicemen, and defend their rights in court.",
    "We run environmental expeditions, collect signatures and press for open government.",
    "We help refugees and forced migrants to obtain documents and housing.",
    "We cooperate with international organisations and human rights networks across the NIS.",
    "Every summer we organise a human rights school for young people.",
    "A hotline serves victims of violence and torture in places of detention.",
]
