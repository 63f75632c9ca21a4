/**
 * A small list of given names whose gender is clear in international news, written for this project
 * from general knowledge (no external list copied). Names used for more than one gender across
 * languages (Jean, Andrea, Kim, Robin, Sasha, …) are deliberately left out: an unknown gender only
 * makes pronoun resolution more cautious, a wrong one makes it wrong. Keys are lower-case, unaccented.
 */

const MALE = `
abdullah ahmed ahmad ali alexander alejandro andrew anthony arthur benjamin bernard boris brian carlos
charles christopher daniel david dmitri donald edward emmanuel eric felipe fernando francis francisco
frank george gerald gregory hans henry hugo ibrahim ivan jacob james javier john jonathan jorge jose
joseph juan karl kenneth kevin khalid lars luis marco mark martin matthew michael mohamed mohammed
muhammad nicholas olaf omar oscar patrick paul pedro peter philippe pierre rafael raymond ricardo
richard robert roberto samuel sergei stephen steven thomas timothy vladimir walter william yusuf
abdel hassan hussein jean-pierre jean-claude jean-marc joao kofi kwame mamadou moussa ousmane pablo
rodrigo sebastien stefan viktor yves
`;

const FEMALE = `
alice amanda amina angela anna anne barbara beatriz carmen caroline catherine christine claire
clara deborah diana dolores elena elizabeth ellen emily emma esther fatima fatuma francesca
gabriela grace hannah helen ines irene isabel jane janet jennifer jessica joan julia karen katherine
kristina laura linda lucia maria marie martha mary michelle monica nadia nancy natalia olga patricia
rachel rebecca rosa ruth sandra sarah sofia sophie susan teresa ursula valentina victoria yasmin
zainab aisha chiara ingrid kamala marta nkechi olena svetlana yulia
`;

function build(list: string, gender: "male" | "female"): [string, "male" | "female"][] {
  return list
    .split(/\s+/)
    .filter((name) => name.length > 0)
    .map((name) => [name, gender]);
}

/** Given name (lower-case, without diacritics) → gender. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ...build(MALE, "male"),
  ...build(FEMALE, "female"),
]);
