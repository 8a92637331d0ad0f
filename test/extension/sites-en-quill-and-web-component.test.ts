import { siteSuite } from "./site-suite.js";

siteSuite("en", "en-CA", ["linkedin", "reddit"]);
