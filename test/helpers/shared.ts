import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** ../shared beside the repository: research data that tests read when present and skip without. */
export const SHARED_DIR = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const HAS_SHARED = existsSync(SHARED_DIR);
export const SEED_TEXT = `${SHARED_DIR}data/seed/haiti-mss-2025-02-26.txt`;
export const SEED_GOLD = `${SHARED_DIR}data/seed/haiti-mss-2025-02-26.gold.json`;
