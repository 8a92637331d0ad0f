import { editingSuite } from "./editing-suite.js";

editingSuite("en", "en-CA", ["mastodon", "instagram", "x", "x-draft"]);
