create table note (
    id bigint auto_increment primary key,
    text varchar(500)
);
