import { siteSuite } from "./site-suite.js";

siteSuite("en", "en-CA", ["mastodon", "instagram", "x", "x-draft"], true);
