/**
 * Small general-knowledge lists written by us (no package ships them in a usable form).
 * REGION_NAMES are first-level divisions that news treats as political units (GPE), not landforms.
 */
export const REGION_NAMES: readonly string[] = [
  // United States
  ..."Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming".split(
    " ",
  ),
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "North Dakota",
  "Rhode Island",
  "South Carolina",
  "South Dakota",
  "West Virginia",
  // Canada, Australia, India, Nigeria, UK nations: the most reported in international news
  ..."Alberta Ontario Quebec Manitoba Saskatchewan Nunavut Yukon Queensland Victoria Tasmania Kerala Punjab Bihar Gujarat Assam Kashmir Borno Kano Lagos Scotland Wales England".split(
    " ",
  ),
  "British Columbia",
  "Nova Scotia",
  "New South Wales",
  "Northern Ireland",
  "Tamil Nadu",
  "Uttar Pradesh",
];

/** Religious, political and ethnic group adjectives (NORP), beside the national demonyms. */
export const GROUP_ADJECTIVES: readonly string[] = (
  "Muslim Muslims Christian Christians Catholic Catholics Protestant Protestants Jewish Jews Hindu Hindus " +
  "Buddhist Buddhists Sikh Sikhs Islamic Islamist Islamists Sunni Sunnis Shia Shiite Shiites Orthodox " +
  "Evangelical Evangelicals Republican Republicans Democrat Democrats Socialist Socialists Communist " +
  "Communists Marxist Maoist Zionist Arab Arabs Kurdish Kurds Tutsi Tutsis Hutu Hutus Pashtun Tamil Tamils " +
  "Yazidi Yazidis Rohingya Uighur Uyghur Uighurs Latino Latinos Hispanic Hispanics Palestinian Palestinians " +
  "Druze Alawite Alawites Coptic Copts Baloch Berber Berbers Bedouin Roma Maasai Fulani Hausa Yoruba Igbo " +
  "Amhara Oromo Tigrayan Tigrayans Somali Somalis Creole"
).split(" ");
