import { editingSuite } from "./editing-suite.js";

editingSuite("en", "en-CA", ["facebook", "threads", "bluesky", "reddit", "linkedin"]);
